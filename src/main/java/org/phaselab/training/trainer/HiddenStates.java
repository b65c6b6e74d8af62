package org.phaselab.training.trainer;

import java.util.SplittableRandom;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.BinaryWeights;
import org.phaselab.training.net.Network;

/**
 * Integer hidden states behind binary weights (Baldassi, Braunstein, Brunel, Zecchina, PNAS 104, 11079
 * (2007)): odd h_i with |h_i| <= bound, w_i = sign(h_i). Starts at h_i = +-1 at random. Every update
 * moves h_i by +-2, so h stays odd and never 0.
 */
final class HiddenStates {
    private final int[][] h;
    private final Network network;
    private final int bound;

    HiddenStates(Architecture a, int bound) {
        if (bound < 1 || bound % 2 == 0) {
            throw new IllegalArgumentException("hidden-state bound must be odd and >= 1, got " + bound);
        }
        this.bound = bound;
        this.h = new int[a.k()][a.unitInputs()];
        BinaryWeights[] w = new BinaryWeights[a.k()];
        for (int k = 0; k < w.length; k++) {
            w[k] = new BinaryWeights(a.unitInputs());
        }
        this.network = new Network(a, w);
    }

    /** Default bound ~ 2.6 sqrt(N) (THEORY.md section 7; the optimum grows like N^0.52, PNAS 2007 SI). */
    static int defaultBound(int n) {
        int b = (int) Math.round(2.6 * Math.sqrt(n));
        return b % 2 == 0 ? b + 1 : Math.max(b, 1);
    }

    void randomize(SplittableRandom rng) {
        for (int k = 0; k < h.length; k++) {
            BinaryWeights w = network.unit(k);
            for (int i = 0; i < h[k].length; i++) {
                h[k][i] = rng.nextBoolean() ? 1 : -1;
                w.set(i, h[k][i]);
            }
        }
    }

    Network network() {
        return network;
    }

    /** Supervised step on unit k: {@code h_i += 2 y xi_i} for all i (the clipped-perceptron rule). */
    void push(int k, byte[] xi, int y) {
        int[] hk = h[k];
        BinaryWeights w = network.unit(k);
        for (int i = 0; i < hk.length; i++) {
            int v = hk[i] + 2 * y * xi[i];
            if (v > bound || v < -bound) {
                continue;
            }
            hk[i] = v;
            if (v * w.get(i) < 0) {
                w.set(i, v);
            }
        }
    }

    /** SBPI rule R2: {@code h_i += 2 y xi_i} only where {@code y xi_i h_i >= 1} (metaplastic, no sign change). */
    void pushAligned(int k, byte[] xi, int y) {
        int[] hk = h[k];
        for (int i = 0; i < hk.length; i++) {
            int step = y * xi[i];
            if (step * hk[i] >= 1) {
                int v = hk[i] + 2 * step;
                if (v <= bound && v >= -bound) {
                    hk[i] = v;
                }
            }
        }
    }

    /** CP+R reinforcement: {@code h_i += 2 sign(h_i)} for all i of unit k (no sign change). */
    void reinforce(int k) {
        int[] hk = h[k];
        for (int i = 0; i < hk.length; i++) {
            int v = hk[i] + (hk[i] > 0 ? 2 : -2);
            if (v <= bound && v >= -bound) {
                hk[i] = v;
            }
        }
    }
}
