package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.SolverResult;

/**
 * One point on a cut of the phase diagram at fixed alphaD: the typical solutions, the Bayesian predictor and the
 * maximum-margin ("atypical") solutions at one load.
 *
 * @param alpha                P/N
 * @param overparameterization N/P = 1/alpha
 * @param entropy              typical RS entropy per weight (negative: no solutions, shown as unphysical)
 * @param epsTypical           generalization error of a typical interpolator
 * @param epsBayes             error of the Bayesian ensemble (majority over solutions)
 * @param kappaMax             maximum margin (NaN past alpha_c or if not converged)
 * @param epsMaxMargin         generalization error of the maximum-margin solutions (NaN as kappaMax)
 * @param convergence          whether the typical saddle converged, and why not
 */
public record CutPoint(double alpha, double overparameterization, double entropy, double epsTypical, double epsBayes,
                       double kappaMax, double epsMaxMargin, Convergence convergence) implements SolverResult {
    /** Typical solutions exist (entropy > 0). */
    public boolean satisfiable() {
        return converged() && entropy > 0;
    }
}
