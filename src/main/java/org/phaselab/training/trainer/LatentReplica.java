package org.phaselab.training.trainer;

import java.util.SplittableRandom;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.BinaryWeights;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * A binary committee machine with continuous latent weights H (per unit) and binary weights
 * W = sign(H), trained by minibatch gradient steps on the binarized forward pass: for each pattern of
 * the batch whose vote is wrong (or, for K = 1, whose stability y field / sqrt(n) is below the margin),
 * the least-action units get {@code Delta H_k += eta y xi} (BinaryCommitteeMachineRSGD.jl, compute_gd!
 * and subepoch!; the straight-through gradient of the perceptron/hinge loss). The batch's sum is added
 * after the batch; with {@code clip} > 0 H is clipped to [-clip, clip] (BinaryConnect, Courbariaux,
 * Bengio, David, NeurIPS 2015).
 */
final class LatentReplica {
    final double[][] h;
    final Network network;
    final double[][] delta;
    private final double[] fields;
    private final int[] chosen;
    private final int[] order;
    private int next;

    LatentReplica(Architecture a, int trainSize) {
        h = new double[a.k()][a.unitInputs()];
        delta = new double[a.k()][a.unitInputs()];
        BinaryWeights[] w = new BinaryWeights[a.k()];
        for (int k = 0; k < w.length; k++) {
            w[k] = new BinaryWeights(a.unitInputs());
        }
        network = new Network(a, w);
        fields = new double[a.k()];
        chosen = new int[a.k()];
        order = new int[trainSize];
    }

    /** H = scale * (+-1) at random, W = sign(H); a fresh pattern order. */
    void randomize(SplittableRandom rng, double scale) {
        for (int k = 0; k < h.length; k++) {
            for (int i = 0; i < h[k].length; i++) {
                h[k][i] = rng.nextBoolean() ? scale : -scale;
            }
        }
        syncSigns();
        Permutations.shuffle(order, rng);
        next = 0;
    }

    void copyFrom(LatentReplica other) {
        for (int k = 0; k < h.length; k++) {
            System.arraycopy(other.h[k], 0, h[k], 0, h[k].length);
            network.unit(k).copyFrom(other.network.unit(k));
        }
    }

    /** One minibatch of {@code batch} patterns from this replica's own cyclic random order. */
    void minibatch(UnitData train, int batch, double eta, double margin, double clip, SplittableRandom rng) {
        if (!accumulate(train, batch, eta, margin, rng)) {
            return;
        }
        for (int j = 0; j < h.length; j++) {
            double[] hj = h[j];
            double[] dj = delta[j];
            for (int i = 0; i < hj.length; i++) {
                double v = hj[i] + dj[i];
                hj[i] = clip > 0 ? Math.max(-clip, Math.min(clip, v)) : v;
            }
        }
        syncSigns();
    }

    /**
     * The gradient of one minibatch into {@link #delta} (every unit's, zero where no step), H and W untouched;
     * returns false when no pattern of the batch asked for a step (then delta is stale, not zeroed).
     */
    boolean accumulate(UnitData train, int batch, double eta, double margin, SplittableRandom rng) {
        int k = h.length;
        boolean touched = false;
        for (int b = 0; b < batch; b++) {
            if (next == order.length) {
                Permutations.shuffle(order, rng);
                next = 0;
            }
            int mu = order[next++];
            int y = train.labels()[mu];
            for (int j = 0; j < k; j++) {
                fields[j] = train.units()[j].field(mu, network.unit(j));
            }
            int n = LeastAction.unitsToCorrect(fields, y, chosen);
            if (n == 0 && k == 1 && y * fields[0] / Math.sqrt(h[0].length) < margin) {
                chosen[0] = 0;
                n = 1;
            }
            for (int c = 0; c < n; c++) {
                if (!touched) {
                    for (double[] d : delta) {
                        java.util.Arrays.fill(d, 0);
                    }
                    touched = true;
                }
                train.units()[chosen[c]].addScaled(mu, eta * y, delta[chosen[c]]);
            }
        }
        return touched;
    }

    void syncSigns() {
        for (int k = 0; k < h.length; k++) {
            BinaryWeights w = network.unit(k);
            double[] hk = h[k];
            for (int i = 0; i < hk.length; i++) {
                int s = hk[i] > 0 ? 1 : -1;
                if (s != w.get(i)) {
                    w.set(i, s);
                }
            }
        }
    }
}
