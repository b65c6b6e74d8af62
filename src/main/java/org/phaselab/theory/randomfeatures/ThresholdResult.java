package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.SolverResult;

/**
 * A load or margin where the RS entropy of the random-features perceptron crosses zero, or where its local entropy
 * turns non-monotonic.
 *
 * @param value       the threshold (alpha_c, kappa_max or alpha_LE); NaN unless converged
 * @param saddle      the saddle point at the threshold (entropy ~ 0; for alpha_LE the max-margin reference there), or
 *                    the last one tried, or null
 * @param convergence whether the bracket was found and the root converged; saddle points (or curves) solved; why not
 */
public record ThresholdResult(double value, RandomFeaturesSaddle saddle, Convergence convergence) implements SolverResult {
    /** Saddle points (or, for alpha_LE, Franz-Parisi points) solved on the way. */
    public int evaluations() {
        return convergence.evaluations();
    }
}
