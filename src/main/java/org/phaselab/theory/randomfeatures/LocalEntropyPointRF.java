package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.SolverResult;

/**
 * The Franz-Parisi local entropy of the random-features perceptron at one distance d from a reference
 * (docs/random-features.md, "Local entropy").
 *
 * @param d           Hamming distance per weight from the reference, (1 - S)/2, in (0, 1/2)
 * @param phi         phi_FP(d) in nats per weight; NaN unless converged
 * @param slope       d phi_FP/d d (envelope theorem); NaN unless converged
 * @param upperBound  H2(d), the entropy of all configurations at distance d
 * @param convergence whether the saddle-point equations were solved, evaluations, residual, and why not
 */
public record LocalEntropyPointRF(double d, double phi, double slope, double upperBound, Convergence convergence)
        implements SolverResult {
}
