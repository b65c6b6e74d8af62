package org.phaselab.training.net;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A vector of n binary weights {@code w_i = +-1}, kept both as signs (for updates and Gaussian inputs)
 * and as packed bits (bit 1 = +1, 64 per {@code long}, padding bits 0) for XNOR/popcount fields.
 * Mutable: trainers own their weights and copy them to publish.
 * <p>The packed bits are authoritative. {@link #setWord} and {@link #flipWord} (the hot path of the hidden-state
 * rules) update only them and mark the signs stale; the signs are rebuilt from the bits at the next access that
 * needs them ({@link #signsView}, {@link #set}, {@link #flip}).
 */
public final class BinaryWeights {
    private final byte[] signs;
    private final long[] bits;
    /** Whether {@code signs} lags behind {@code bits} (after {@link #setWord}). */
    private boolean signsStale;

    public BinaryWeights(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a unit needs at least one weight, got n = " + n);
        }
        signs = new byte[n];
        bits = new long[words(n)];
        Arrays.fill(signs, (byte) -1);
    }

    /** Number of 64-bit words that hold n bits. */
    public static int words(int n) {
        return (n + 63) >>> 6;
    }

    public static BinaryWeights random(int n, SplittableRandom rng) {
        BinaryWeights w = new BinaryWeights(n);
        for (int i = 0; i < n; i++) {
            w.set(i, rng.nextBoolean() ? 1 : -1);
        }
        return w;
    }

    public static BinaryWeights ofSigns(int[] s) {
        BinaryWeights w = new BinaryWeights(s.length);
        for (int i = 0; i < s.length; i++) {
            w.set(i, s[i]);
        }
        return w;
    }

    public int size() {
        return signs.length;
    }

    public int get(int i) {
        Objects.checkIndex(i, signs.length);
        return (int) (((bits[i >>> 6] >>> i) & 1) << 1) - 1;
    }

    /** Sets w_i to the sign of {@code value} (value > 0 gives +1, otherwise -1). */
    public void set(int i, int value) {
        syncSigns();
        byte s = value > 0 ? (byte) 1 : (byte) -1;
        if (signs[i] == s) {
            return;
        }
        signs[i] = s;
        bits[i >>> 6] ^= 1L << (i & 63);
    }

    public void flip(int i) {
        syncSigns();
        signs[i] = (byte) -signs[i];
        bits[i >>> 6] ^= 1L << (i & 63);
    }

    /**
     * Sets the 64 weights of word j from packed bits (bit 1 = +1); the caller keeps the padding bits of the last
     * word 0. The signs follow lazily.
     */
    public void setWord(int j, long word) {
        bits[j] = word;
        signsStale = true;
    }

    /**
     * Flips the weights of word j where {@code mask} has a 1 (the caller keeps the padding bits of the last word 0).
     */
    public void flipWord(int j, long mask) {
        bits[j] ^= mask;
        signsStale = true;
    }

    /** Rebuilds the signs from the bits if a {@link #setWord} or {@link #flipWord} left them behind. */
    private void syncSigns() {
        if (!signsStale) {
            return;
        }
        for (int j = 0; j < bits.length; j++) {
            long word = bits[j];
            int from = j << 6;
            int to = Math.min(signs.length, from + 64);
            for (int i = from; i < to; i++) {
                signs[i] = (byte) ((((word >>> (i - from)) & 1) << 1) - 1);
            }
        }
        signsStale = false;
    }

    /** The signs array itself (read only by convention: writing it breaks the packed copy). */
    public byte[] signsView() {
        syncSigns();
        return signs;
    }

    /** The packed bits themselves (read only by convention). */
    public long[] bitsView() {
        return bits;
    }

    /** Overlap {@code sum_i w_i v_i} by popcount. */
    public int dot(BinaryWeights other) {
        if (other.size() != size()) {
            throw new IllegalArgumentException("sizes differ: " + size() + " vs " + other.size());
        }
        int diff = 0;
        for (int j = 0; j < bits.length; j++) {
            diff += Long.bitCount(bits[j] ^ other.bits[j]);
        }
        return size() - 2 * diff;
    }

    public void copyFrom(BinaryWeights other) {
        System.arraycopy(other.signs, 0, signs, 0, signs.length);
        System.arraycopy(other.bits, 0, bits, 0, bits.length);
        signsStale = other.signsStale;
    }

    public BinaryWeights copy() {
        BinaryWeights w = new BinaryWeights(size());
        w.copyFrom(this);
        return w;
    }
}
