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
}
