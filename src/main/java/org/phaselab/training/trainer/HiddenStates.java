package org.phaselab.training.trainer;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.phaselab.training.data.BinaryPatterns;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.BinaryWeights;
import org.phaselab.training.net.Network;

/**
 * Integer hidden states behind binary weights (Baldassi, Braunstein, Brunel, Zecchina, PNAS 104, 11079
 * (2007)): odd h_i with |h_i| <= bound, w_i = sign(h_i). Starts at h_i = +-1 at random. Every update
 * moves h_i by +-2, so h stays odd and never 0; a state at the bound that would leave it stays.
 *
 * <p>Stored bit-sliced, 64 weights per word, in sign-magnitude form: the sign of h_i is the weight's own packed
 * bit, and the level {@code (|h_i| - 1)/2} in [0, (bound - 1)/2] is spread over a few bit planes. A step towards
 * the +-1 vector t is then, for all 64 weights of a word at once: where sign = t, level + 1 (unless at the top);
 * where sign != t, level - 1, or a sign flip where the level is 0 (|h| = 1). Each rule is one pass over the words:
 * the planes of a word are stored next to each other, so its level masks and the ripple carry stay in registers,
 * with no data-dependent branch; only the weights that cross zero change.
 */
final class HiddenStates {
    private final Network network;
    private final int planes;
    private final int topLevel;
    /** levels[k][j * planes + l]: bit l of the levels of the weights in word j of unit k. */
    private final long[][] levels;
    /** topBits[l]: all ones where bit l of the top level is 1, else 0 (for a branch-free comparison). */
    private final long[] topBits;
    private final int words;
    private final long lastValid;

    HiddenStates(Architecture a, int bound) {
        if (bound < 1 || bound % 2 == 0) {
            throw new IllegalArgumentException("hidden-state bound must be odd and >= 1, got " + bound);
        }
        this.topLevel = (bound - 1) / 2;
        this.planes = Math.max(1, 32 - Integer.numberOfLeadingZeros(topLevel));
        this.topBits = new long[planes];
        for (int l = 0; l < planes; l++) {
            topBits[l] = ((topLevel >>> l) & 1) == 1 ? -1L : 0;
        }
        int n = a.unitInputs();
        this.words = BinaryWeights.words(n);
        BinaryWeights[] w = new BinaryWeights[a.k()];
        for (int k = 0; k < w.length; k++) {
            w[k] = new BinaryWeights(n);
        }
        this.network = new Network(a, w);
        this.levels = new long[a.k()][words * planes];
        this.lastValid = n % 64 == 0 ? -1L : (1L << (n % 64)) - 1;
    }

    /** Default bound ~ 2.6 sqrt(N) (THEORY.md section 7; the optimum grows like N^0.52, PNAS 2007 SI). */
    static int defaultBound(int n) {
        int b = (int) Math.round(2.6 * Math.sqrt(n));
        return b % 2 == 0 ? b + 1 : Math.max(b, 1);
    }

    /** h_i = +-1 at random, in the order k, i. */
    void randomize(SplittableRandom rng) {
        for (int k = 0; k < levels.length; k++) {
            BinaryWeights w = network.unit(k);
            for (int i = 0; i < w.size(); i++) {
                w.set(i, rng.nextBoolean() ? 1 : -1);
            }
            Arrays.fill(levels[k], 0);
        }
    }

    Network network() {
        return network;
    }

    /** h_i of unit k, decoded (for tests and inspection). */
    int state(int k, int i) {
        int level = 0;
        int base = (i >>> 6) * planes;
        for (int l = 0; l < planes; l++) {
            level |= (int) ((levels[k][base + l] >>> (i & 63)) & 1) << l;
        }
        return network.unit(k).get(i) * (2 * level + 1);
    }

    /**
     * Supervised step on unit k towards {@code y xi_mu} for all i, i.e. {@code h_i += 2 y xi_mu,i} (the
     * clipped-perceptron rule).
     */
    void push(int k, BinaryPatterns xi, int mu, int y) {
        BinaryWeights w = network.unit(k);
        long[] target = xi.bitsView();
        int offset = mu * xi.words();
        long flipAll = y > 0 ? 0 : -1L;
        long[] lv = levels[k];
        // a constant plane count lets the JIT unroll the plane loops once push(.., pl) is inlined here (the
        // default bound ~ 2.6 sqrt(N) needs 4 planes at N = 100, 6 at N = 1000-2000, 8 at N = 10^4)
        switch (planes) {
            case 4 -> push(w, target, offset, flipAll, lv, 4);
            case 5 -> push(w, target, offset, flipAll, lv, 5);
            case 6 -> push(w, target, offset, flipAll, lv, 6);
            case 7 -> push(w, target, offset, flipAll, lv, 7);
            case 8 -> push(w, target, offset, flipAll, lv, 8);
            default -> push(w, target, offset, flipAll, lv, planes);
        }
    }

    /** {@link #push} with pl = planes. */
    private void push(BinaryWeights w, long[] target, int offset, long flipAll, long[] lv, int pl) {
        long[] sign = w.bitsView();
        long[] tb = topBits;
        int last = words - 1;
        for (int j = 0, base = 0; j <= last; j++, base += pl) {
            long valid = j == last ? lastValid : -1L;
            long nonZero = 0;
            long top = -1L;
            for (int l = 0; l < pl; l++) {
                long p = lv[base + l];
                nonZero |= p;
                top &= ~(p ^ tb[l]);
            }
            long agrees = ~(sign[j] ^ target[offset + j] ^ flipAll) & valid;
            long flips = ~agrees & ~nonZero & valid;
            ripple(lv, base, pl, agrees & ~top, ~agrees & nonZero & valid);
            w.flipWord(j, flips); // unconditional: a test for flips != 0 mispredicts
        }
    }

    /**
     * SBPI rule R2: {@code h_i += 2 y xi_i} only where {@code y xi_i h_i >= 1} (metaplastic: away from 0, so no
     * sign changes).
     */
    void pushAligned(int k, BinaryPatterns xi, int mu, int y) {
        long[] sign = network.unit(k).bitsView();
        long[] target = xi.bitsView();
        int offset = mu * xi.words();
        long flipAll = y > 0 ? 0 : -1L;
        long[] lv = levels[k];
        int pl = planes;
        int last = words - 1;
        for (int j = 0, base = 0; j <= last; j++, base += pl) {
            long agrees = ~(sign[j] ^ target[offset + j] ^ flipAll) & (j == last ? lastValid : -1L);
            ripple(lv, base, pl, agrees & ~top(lv, base, pl), 0);
        }
    }

    /** CP+R reinforcement: {@code h_i += 2 sign(h_i)} for all i of unit k (away from 0: no sign change). */
    void reinforce(int k) {
        long[] lv = levels[k];
        int pl = planes;
        int last = words - 1;
        for (int j = 0, base = 0; j <= last; j++, base += pl) {
            ripple(lv, base, pl, ~top(lv, base, pl) & (j == last ? lastValid : -1L), 0);
        }
    }

    /** The weights of the word at {@code base} at the top level (|h| = bound). */
    private long top(long[] lv, int base, int pl) {
        long[] tb = topBits;
        long top = -1L;
        for (int l = 0; l < pl; l++) {
            top &= ~(lv[base + l] ^ tb[l]);
        }
        return top;
    }

    /**
     * Adds 1 to the levels of the word at {@code base} where carry is set and subtracts 1 where borrow is set
     * (disjoint masks; the caller keeps levels within [0, top]): a ripple carry and borrow through all planes
     * (no early exit: its data-dependent branch cost more than the planes it skipped).
     */
    private static void ripple(long[] lv, int base, int pl, long carry, long borrow) {
        for (int l = 0; l < pl; l++) {
            long p = lv[base + l];
            lv[base + l] = p ^ carry ^ borrow;
            carry &= p;
            borrow &= ~p;
        }
    }
}
