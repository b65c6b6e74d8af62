package org.phaselab.theory.randomfeatures;

import org.phaselab.progress.Monitor;

/**
 * The maximum-margin solutions at (alpha, alphaD): kappa_max is the margin where the RS entropy of solutions
 * with all stabilities >= kappa reaches zero (THEORY.md section 1, "maximum margin", applied to section 4).
 * They are the references around which Baldassi et al. (PRL 127, 278301 (2021); PRE 106, 014116 (2022))
 * measure the local entropy; their generalization error is the saddle's epsTypical at kappa_max, the
 * "atypical" error drawn beside the typical interpolator's.
 */
public final class MaxMarginReference {
    private final EntropyRoot root;

    public MaxMarginReference(RandomFeaturesSolver solver) {
        this.root = new EntropyRoot(solver, 1e-8);
    }

    public MaxMarginReference() {
        this(RandomFeaturesSolver.DEFAULT);
    }

    /** kappa_max and the saddle there; fails (not converged) when alpha is past alpha_c (no solution at kappa = 0). */
    public ThresholdResult kappaMax(RandomFeaturesModel model, Monitor monitor) {
        return root.find(model::withKappa, 0.0, 0.05, 5.0, monitor);
    }

    /**
     * kappa_max at a load near that of a known max-margin reference: the scan starts {@value #NEAR_STEPS} steps of
     * {@value #NEAR_STEP} below its margin, from its order parameters (continuation along alpha); the plain scan if
     * that start is already UNSAT.
     */
    public ThresholdResult kappaMaxNear(RandomFeaturesModel model, RandomFeaturesSaddle near, Monitor monitor) {
        double from = Math.max(0, near.model().kappa() - NEAR_STEPS * NEAR_STEP);
        ThresholdResult r = root.find(model::withKappa, from, NEAR_STEP, 5.0, near.order(), monitor);
        return r.converged() || from == 0 ? r : kappaMax(model, monitor);
    }

    /** The warm scan's step in kappa, and how many of them below the known margin it starts. */
    private static final double NEAR_STEP = 0.005;
    private static final int NEAR_STEPS = 3;
}
