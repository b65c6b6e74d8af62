package org.phaselab.training.deep;

import org.phaselab.training.data.Gaussian;
import org.phaselab.training.Activation;
import java.util.SplittableRandom;

/**
 * A fully connected net without biases: D hidden layers of width h, then one linear output unit.
 * Layer l maps size(l) to size(l+1); {@code weights[l]} is row-major size(l+1) x size(l). Mutable: the
 * trainer updates the weights in place; {@link #copy()} snapshots them.
 */
public final class DeepNet {
    private final int[] sizes;
    private final Activation activation;
    private final double[][] weights;

    private DeepNet(int[] sizes, Activation activation, double[][] weights) {
        this.sizes = sizes;
        this.activation = activation;
        this.weights = weights;
    }

    /**
     * Gaussian weights scaled so that every layer has Frobenius norm close to {@code layerNorm}
     * (entries N(0, layerNorm^2 / (fan_in fan_out))). layerNorm = 1 is a "fresh" start at the scale of the
     * ordered minimum, 1e-3 a "tiny" one deep inside the origin's basin for D &gt;= 2.
     */
    public static DeepNet random(int inputDimension, int depth, int width, Activation activation, double layerNorm,
                                 SplittableRandom rng) {
        if (depth < 0 || width < 1 || inputDimension < 1) {
            throw new IllegalArgumentException("need depth >= 0, width >= 1, input dimension >= 1");
        }
        int[] sizes = new int[depth + 2];
        java.util.Arrays.fill(sizes, width);
        sizes[0] = inputDimension;
        sizes[depth + 1] = 1;
        double[][] weights = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            weights[l] = new double[sizes[l] * sizes[l + 1]];
            double sigma = layerNorm / Math.sqrt(weights[l].length);
            for (int k = 0; k < weights[l].length; k++) {
                weights[l][k] = sigma * Gaussian.next(rng);
            }
        }
        return new DeepNet(sizes, activation, weights);
    }

    public DeepNet copy() {
        double[][] w = new double[weights.length][];
        for (int l = 0; l < w.length; l++) {
            w[l] = weights[l].clone();
        }
        return new DeepNet(sizes.clone(), activation, w);
    }

    public int depth() {
        return weights.length - 1;
    }

    public int size(int layer) {
        return sizes[layer];
    }

    public Activation activation() {
        return activation;
    }

    /** The live weight array of layer l (row-major size(l+1) x size(l)); the trainer writes into it. */
    double[] layer(int l) {
        return weights[l];
    }

    /** sum_l ||W_l||_F^2. */
    public double squaredNorm() {
        double s = 0;
        for (double[] w : weights) {
            for (double v : w) {
                s += v * v;
            }
        }
        return s;
    }

    /** sqrt(sum_l ||W_l||^2 / (D+1)): the order parameter b at a balanced minimum. */
    public double rmsLayerNorm() {
        return Math.sqrt(squaredNorm() / weights.length);
    }
}
