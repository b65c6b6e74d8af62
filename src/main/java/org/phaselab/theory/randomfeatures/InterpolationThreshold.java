package org.phaselab.theory.randomfeatures;

import org.phaselab.progress.Monitor;

/**
 * The interpolation (SAT/UNSAT) threshold alpha_c(alphaD): the load P/N at which the RS entropy of the
 * solutions reaches zero at fixed P/D (THEORY.md section 4; the zero-entropy criterion of Krauth and Mezard,
 * J. Phys. France 50, 3057 (1989), which gives 0.833 in the storage limit alphaD -> 0). Overparameterization
 * at the threshold is N/P = 1/alpha_c: with more weights than that, typical interpolators exist.
 */
public final class InterpolationThreshold {
    private static final double SCAN_START = 0.3;
    private static final double SCAN_STEP = 0.1;
    private static final double SCAN_LIMIT = 50;

    private final EntropyRoot root;

    public InterpolationThreshold(RandomFeaturesSolver solver) {
        this.root = new EntropyRoot(solver, 1e-7);
    }

    public InterpolationThreshold() {
        this(RandomFeaturesSolver.DEFAULT);
    }

    /** alpha_c at the given alphaD for sign features and zero margin. */
    public ThresholdResult alphaC(double alphaD, Monitor monitor) {
        return alphaC(RandomFeaturesModel.sign(SCAN_START, alphaD), monitor);
    }

    /** alpha_c for the feature map and margin of {@code template} (its alpha is ignored). */
    public ThresholdResult alphaC(RandomFeaturesModel template, Monitor monitor) {
        return root.find(template::withAlpha, SCAN_START, SCAN_STEP, SCAN_LIMIT, monitor);
    }
}
