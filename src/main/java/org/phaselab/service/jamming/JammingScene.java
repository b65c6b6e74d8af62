package org.phaselab.service.jamming;

import java.util.Locale;
import org.phaselab.training.jamming.Activation;
import org.phaselab.training.jamming.JammingSetup;
import org.phaselab.training.jamming.TrainingOptions;

/**
 * Every parameter of the jamming panel as one snapshot: what a preset stores, what the sliders set,
 * and what the sweeps are built from (the same on screen and headless).
 *
 * @param patterns        P, random points of the width sweep
 * @param inputDim        d
 * @param depth           hidden layers L
 * @param widthFrom       smallest width of the sweep
 * @param widthTo         largest width of the sweep
 * @param seeds           seeds per width
 * @param activation      hidden non-linearity
 * @param perceptronN     N of the perceptron scan
 * @param kappa           margin of the perceptron scan
 * @param alphaFrom       smallest load of the perceptron scan
 * @param alphaTo         largest load
 * @param loads           number of loads
 * @param perceptronSeeds seeds per load
 */
public record JammingScene(int patterns, int inputDim, int depth, int widthFrom, int widthTo, int seeds, Activation activation,
                           int perceptronN, double kappa, double alphaFrom, double alphaTo, int loads, int perceptronSeeds) {
    public static final JammingScene DEFAULT = new JammingScene(300, 10, 2, 3, 12, 3, Activation.TANH, 100, 0.0, 1.2, 2.8, 9, 8);

    /** Allowed ranges, shared by the sliders and the preset reader. */
    public enum Range {
        PATTERNS("patterns", 10, 1000), INPUT_DIM("input_dim", 2, 50), DEPTH("depth", 1, 4), WIDTH_FROM("width_from", 1, 60),
        WIDTH_TO("width_to", 1, 60), SEEDS("seeds", 1, 8), PERCEPTRON_N("perceptron_n", 10, 400), KAPPA("kappa", -0.5, 2),
        ALPHA_FROM("alpha_from", 0.1, 5), ALPHA_TO("alpha_to", 0.2, 8), LOADS("loads", 2, 25), PERCEPTRON_SEEDS("perceptron_seeds", 1, 40);

        public final String key;
        public final double min;
        public final double max;

        Range(String key, double min, double max) {
            this.key = key;
            this.min = min;
            this.max = max;
        }

        public void check(double v) {
            if (!Double.isFinite(v) || v < min || v > max) {
                throw new IllegalArgumentException(key + " must lie in [" + min + ", " + max + "], got " + v);
            }
        }
    }

    public JammingScene {
        Range.PATTERNS.check(patterns);
        Range.INPUT_DIM.check(inputDim);
        Range.DEPTH.check(depth);
        Range.WIDTH_FROM.check(widthFrom);
        Range.WIDTH_TO.check(widthTo);
        Range.SEEDS.check(seeds);
        Range.PERCEPTRON_N.check(perceptronN);
        Range.KAPPA.check(kappa);
        Range.ALPHA_FROM.check(alphaFrom);
        Range.ALPHA_TO.check(alphaTo);
        Range.LOADS.check(loads);
        Range.PERCEPTRON_SEEDS.check(perceptronSeeds);
        if (widthTo < widthFrom) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "width_to (%d) must be >= width_from (%d)", widthTo, widthFrom));
        }
        if (!(alphaTo > alphaFrom)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "alpha_to (%s) must exceed alpha_from (%s)", alphaTo, alphaFrom));
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation is required");
        }
    }

    /** The setup of the narrowest net of the sweep (seed 1). */
    public JammingSetup baseSetup() {
        return new JammingSetup(patterns, inputDim, depth, widthFrom, activation, 1, TrainingOptions.defaults());
    }

    public int[] widths() {
        int[] w = new int[widthTo - widthFrom + 1];
        for (int i = 0; i < w.length; i++) {
            w[i] = widthFrom + i;
        }
        return w;
    }

    public double[] alphas() {
        double[] a = new double[loads];
        for (int i = 0; i < loads; i++) {
            a[i] = alphaFrom + (alphaTo - alphaFrom) * i / (loads - 1);
        }
        return a;
    }
}
