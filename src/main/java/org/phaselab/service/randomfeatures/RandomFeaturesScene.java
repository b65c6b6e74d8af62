package org.phaselab.service.randomfeatures;

/**
 * Everything the random-features panel shows, as one snapshot (for presets).
 *
 * @param alphaD        P/D of the cut through the phase diagram, in [{@value #ALPHA_D_MIN}, {@value #ALPHA_D_MAX}]
 *                      (the range of the diagram's grid)
 * @param trainingSweep whether the training sweep at this alpha_D is run and overlaid when the scene is opened
 */
public record RandomFeaturesScene(double alphaD, boolean trainingSweep) {
    public static final double ALPHA_D_MIN = 0.05;
    public static final double ALPHA_D_MAX = 20;
    public static final RandomFeaturesScene DEFAULT = new RandomFeaturesScene(2.0, false);

    public RandomFeaturesScene {
        if (!(alphaD >= ALPHA_D_MIN && alphaD <= ALPHA_D_MAX)) {
            throw new IllegalArgumentException("alpha_D must be in [" + ALPHA_D_MIN + ", " + ALPHA_D_MAX + "], got " + alphaD);
        }
    }
}
