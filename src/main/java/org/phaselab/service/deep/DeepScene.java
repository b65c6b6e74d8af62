package org.phaselab.service.deep;

import org.phaselab.training.deep.Activation;

/**
 * Everything the deep-transition panel shows, as one snapshot (for presets).
 *
 * @param depth       hidden layers D, 0..5
 * @param gamma       weight decay of the landscape plot, 0..{@value #GAMMA_MAX}
 * @param width       hidden width of the trained nets, 1..32
 * @param activation  hidden units of the trained nets
 * @param sweepPoints gamma points per sweep direction, 2..200
 * @param seed        seed of data and initial weights, 1..1000000
 */
public record DeepScene(int depth, double gamma, int width, Activation activation, int sweepPoints, int seed) {
    public static final double GAMMA_MAX = 1.2;
    public static final DeepScene DEFAULT = new DeepScene(2, 0.3, 8, Activation.LINEAR, 24, 1);

    public DeepScene {
        check(depth >= 0 && depth <= 5, "depth must be in 0..5, got " + depth);
        check(gamma >= 0 && gamma <= GAMMA_MAX, "gamma must be in [0, " + GAMMA_MAX + "], got " + gamma);
        check(width >= 1 && width <= 32, "width must be in 1..32, got " + width);
        check(activation != null, "activation is missing");
        check(sweepPoints >= 2 && sweepPoints <= 200, "sweep points must be in 2..200, got " + sweepPoints);
        check(seed >= 1 && seed <= 1_000_000, "seed must be in 1..1000000, got " + seed);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
