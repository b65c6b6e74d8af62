package org.phaselab.training.jamming;

import org.phaselab.training.data.Gaussian;
import org.phaselab.training.Activation;
import java.util.SplittableRandom;

/**
 * A fully connected net d -> h -> ... -> h -> 1 with {@code depth} hidden layers of width h and no
 * biases, so that N (the number of parameters) counts weights only (THEORY.md section 6).
 * Parameters live in one flat array: layer l (1..depth+1) is a row-major matrix of size
 * fanOut(l) x fanIn(l) starting at {@link #offset(int)}.
 */
public record NetworkShape(int inputDim, int depth, int width, Activation activation) {
    public NetworkShape {
        if (inputDim < 1 || depth < 1 || width < 1 || activation == null) {
            throw new IllegalArgumentException("need inputDim, depth, width >= 1 and an activation");
        }
    }

    /** N = d h + (L-1) h^2 + h. */
    public int parameterCount() {
        return offset(depth + 2);
    }

    public int layers() {
        return depth + 1;
    }

    public int fanIn(int layer) {
        return layer == 1 ? inputDim : width;
    }

    public int fanOut(int layer) {
        return layer == depth + 1 ? 1 : width;
    }

    /** Start of layer {@code layer}'s weights in the flat array; offset(depth + 2) is the total. */
    public int offset(int layer) {
        int off = 0;
        for (int l = 1; l < layer; l++) {
            off += fanIn(l) * fanOut(l);
        }
        return off;
    }

    /** Random initial weights, Var W = gain/fan_in (gain 1 on the linear output layer). */
    public double[] initialWeights(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[parameterCount()];
        for (int l = 1; l <= layers(); l++) {
            double gain = l == layers() ? 1.0 : activation.initGain();
            double sd = Math.sqrt(gain / fanIn(l));
            for (int k = offset(l); k < offset(l + 1); k++) {
                w[k] = sd * Gaussian.next(rng);
            }
        }
        return w;
    }

    /** The smallest width whose net has at least {@code n} weights (for sweeps planned in N). */
    public static int widthFor(int inputDim, int depth, double n) {
        int h = 1;
        while (new NetworkShape(inputDim, depth, h, Activation.RELU).parameterCount() < n) {
            h++;
        }
        return h;
    }
}
