package org.phaselab.training.data;

import java.util.SplittableRandom;
import org.phaselab.training.net.BinaryWeights;

/**
 * Patterns with +-1 entries, stored as signs and as packed bits (bit 1 = +1, all patterns in one flat
 * {@code long[]}, {@code words} per pattern, so a pass over the patterns streams through memory). The field
 * is computed by XNOR counting: {@code sum_i w_i xi_i = n - 2 popcount(w XOR xi)} (padding bits are 0 in both).
 */
public final class BinaryPatterns implements Patterns {
    private final int n;
    private final byte[][] signs;
    private final int words;
    private final long[] bits;

    private BinaryPatterns(byte[][] signs, int n) {
        this.n = n;
        this.signs = signs;
        this.words = BinaryWeights.words(n);
        this.bits = new long[signs.length * words];
        for (int mu = 0; mu < signs.length; mu++) {
            for (int i = 0; i < n; i++) {
                if (signs[mu][i] > 0) {
                    bits[mu * words + (i >>> 6)] |= 1L << (i & 63);
                }
            }
        }
    }

    public static BinaryPatterns random(int count, int n, SplittableRandom rng) {
        byte[][] s = new byte[count][n];
        for (int mu = 0; mu < count; mu++) {
            for (int i = 0; i < n; i++) {
                s[mu][i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
            }
        }
        return new BinaryPatterns(s, n);
    }

    /** Patterns from explicit +-1 rows (copied). */
    public static BinaryPatterns of(int[][] rows) {
        int n = rows[0].length;
        byte[][] s = new byte[rows.length][n];
        for (int mu = 0; mu < rows.length; mu++) {
            for (int i = 0; i < n; i++) {
                s[mu][i] = rows[mu][i] > 0 ? (byte) 1 : (byte) -1;
            }
        }
        return new BinaryPatterns(s, n);
    }

    @Override
    public int count() {
        return signs.length;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double field(int mu, BinaryWeights w) {
        return intField(mu, w);
    }

    /** The integer field by XNOR/popcount on 64 products per word. */
    public int intField(int mu, BinaryWeights w) {
        long[] b = w.bitsView();
        long[] x = bits;
        int base = mu * words;
        int diff = 0;
        for (int j = 0; j < words; j++) {
            diff += Long.bitCount(x[base + j] ^ b[j]);
        }
        return n - 2 * diff;
    }

    /**
     * Patterns mu whose field sign (sign(0) = +1) differs from {@code labels[mu]}: the perceptron's training errors,
     * one XNOR/popcount pass over the packed rows.
     */
    public int errors(BinaryWeights w, byte[] labels) {
        long[] b = w.bitsView();
        int errors = 0;
        for (int mu = 0, base = 0; mu < labels.length; mu++, base += words) {
            int diff = 0;
            for (int j = 0; j < words; j++) {
                diff += Long.bitCount(bits[base + j] ^ b[j]);
            }
            errors += (n - 2 * diff >= 0) == (labels[mu] > 0) ? 0 : 1;
        }
        return errors;
    }

    /** Row mu as signs (read only by convention). */
    public byte[] row(int mu) {
        return signs[mu];
    }

    /** All patterns' packed bits, pattern mu in words [mu words, (mu + 1) words) (read only by convention). */
    public long[] bitsView() {
        return bits;
    }

    /** Words of 64 bits per pattern. */
    public int words() {
        return words;
    }

    @Override
    public double entry(int mu, int i) {
        return signs[mu][i];
    }

    @Override
    public void addScaled(int mu, double scale, double[] target) {
        byte[] r = signs[mu];
        for (int i = 0; i < n; i++) {
            target[i] += scale * r[i];
        }
    }

    @Override
    public Patterns slice(int from, int length) {
        byte[][] s = new byte[signs.length][length];
        for (int mu = 0; mu < signs.length; mu++) {
            System.arraycopy(signs[mu], from, s[mu], 0, length);
        }
        return new BinaryPatterns(s, length);
    }

    @Override
    public boolean binary() {
        return true;
    }
}
