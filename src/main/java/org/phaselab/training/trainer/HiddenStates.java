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
 * where sign != t, level - 1, or a sign flip where the level is 0 (|h| = 1). Each rule is a handful of loops over
 * the words (plane by plane, no branches, so the JIT can vectorize them), and only the weights that cross zero
 * change.
 */
final class HiddenStates {
    private final Network network;
    private final int planes;
    private final int topLevel;
    /** levels[k][l][j]: bit l of the levels of the weights in word j of unit k. */
    private final long[][][] levels;
    /** topBits[l]: all ones where bit l of the top level is 1, else 0 (for a branch-free comparison). */
    private final long[] topBits;
    /** Per-word scratch: where the step agrees with the sign, the carries and borrows, the level-0 and top masks. */
    private final long[] agree;
    private final long[] carry;
    private final long[] borrow;
    private final long[] nonZero;
    private final long[] top;
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
        int words = BinaryWeights.words(n);
        BinaryWeights[] w = new BinaryWeights[a.k()];
        for (int k = 0; k < w.length; k++) {
            w[k] = new BinaryWeights(n);
        }
        this.network = new Network(a, w);
        this.levels = new long[a.k()][planes][words];
        this.agree = new long[words];
        this.carry = new long[words];
        this.borrow = new long[words];
        this.nonZero = new long[words];
        this.top = new long[words];
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
            for (long[] plane : levels[k]) {
                Arrays.fill(plane, 0);
            }
        }
    }

    Network network() {
        return network;
    }

    /** h_i of unit k, decoded (for tests and inspection). */
    int state(int k, int i) {
        int level = 0;
        for (int l = 0; l < planes; l++) {
            level |= (int) ((levels[k][l][i >>> 6] >>> (i & 63)) & 1) << l;
        }
        return network.unit(k).get(i) * (2 * level + 1);
    }

    /**
     * Supervised step on unit k towards {@code y xi_mu} for all i, i.e. {@code h_i += 2 y xi_mu,i} (the
     * clipped-perceptron rule).
     */
    void push(int k, BinaryPatterns xi, int mu, int y) {
        BinaryWeights w = network.unit(k);
        long[] sign = w.bitsView();
        long[] target = xi.bitsView();
        int offset = mu * xi.words();
        long flipAll = y > 0 ? 0 : -1L;
        int last = sign.length - 1;
        levelMasks(levels[k]);
        for (int j = 0; j <= last; j++) {
            long valid = j == last ? lastValid : -1L;
            long agrees = ~(sign[j] ^ target[offset + j] ^ flipAll) & valid;
            carry[j] = agrees & ~top[j];
            borrow[j] = ~agrees & nonZero[j] & valid;
            long flips = ~agrees & ~nonZero[j] & valid;
            if (flips != 0) {
                w.setWord(j, sign[j] ^ flips);
            }
        }
        ripple(levels[k]);
    }

    /**
     * SBPI rule R2: {@code h_i += 2 y xi_i} only where {@code y xi_i h_i >= 1} (metaplastic: away from 0, so no
     * sign changes).
     */
    void pushAligned(int k, BinaryPatterns xi, int mu, int y) {
        long[] sign = network.unit(k).bitsView();
        agreement(sign, xi, mu, y);
        levelMasks(levels[k]);
        for (int j = 0; j < sign.length; j++) {
            carry[j] = agree[j] & ~top[j];
            borrow[j] = 0;
        }
        ripple(levels[k]);
    }

    /** CP+R reinforcement: {@code h_i += 2 sign(h_i)} for all i of unit k (away from 0: no sign change). */
    void reinforce(int k) {
        levelMasks(levels[k]);
        for (int j = 0; j < carry.length; j++) {
            carry[j] = ~top[j];
            borrow[j] = 0;
        }
        carry[carry.length - 1] &= lastValid;
        ripple(levels[k]);
    }

    /** agree[j]: the weights of word j whose sign equals that of y xi_mu (padding bits cleared). */
    private void agreement(long[] sign, BinaryPatterns xi, int mu, int y) {
        long[] target = xi.bitsView();
        int offset = mu * xi.words();
        long flipAll = y > 0 ? 0 : -1L;
        for (int j = 0; j < sign.length; j++) {
            agree[j] = ~(sign[j] ^ target[offset + j] ^ flipAll);
        }
        agree[sign.length - 1] &= lastValid;
    }

    /** nonZero[j] and top[j]: the weights of word j with a level above 0, and at the top level (|h| = bound). */
    private void levelMasks(long[][] lv) {
        Arrays.fill(nonZero, 0);
        Arrays.fill(top, -1L);
        for (int l = 0; l < planes; l++) {
            long[] plane = lv[l];
            long t = topBits[l];
            for (int j = 0; j < plane.length; j++) {
                nonZero[j] |= plane[j];
                top[j] &= ~(plane[j] ^ t);
            }
        }
    }

    /**
     * Adds 1 to the levels where carry is set and subtracts 1 where borrow is set (disjoint masks; the caller keeps
     * levels within [0, top]): a ripple carry and borrow through the planes.
     */
    private void ripple(long[][] lv) {
        for (int l = 0; l < planes; l++) {
            long[] plane = lv[l];
            for (int j = 0; j < plane.length; j++) {
                long p = plane[j];
                plane[j] = p ^ carry[j] ^ borrow[j];
                carry[j] &= p;
                borrow[j] &= ~p;
            }
        }
    }
}
