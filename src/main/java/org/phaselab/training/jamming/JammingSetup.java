package org.phaselab.training.jamming;

import org.phaselab.training.Activation;

/**
 * One training run: P random points in d dimensions fitted by a net of the given depth and width.
 * The data set is drawn with {@code seed}, the initial weights with {@code seed + 1_000_003}.
 */
public record JammingSetup(int p, int d, int depth, int width, Activation activation, long seed, TrainingOptions options) {
    public JammingSetup {
        if (p < 1 || d < 1 || depth < 1 || width < 1 || activation == null || options == null) {
            throw new IllegalArgumentException("need p, d, depth, width >= 1, an activation and options");
        }
    }

    public NetworkShape shape() {
        return new NetworkShape(d, depth, width, activation);
    }

    public JammingSetup withWidth(int h) {
        return new JammingSetup(p, d, depth, h, activation, seed, options);
    }

    public JammingSetup withSeed(long s) {
        return new JammingSetup(p, d, depth, width, activation, s, options);
    }
}
