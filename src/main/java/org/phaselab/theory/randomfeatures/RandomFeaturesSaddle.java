package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.SolverResult;

/**
 * The RS saddle point of the random-features perceptron at one model point.
 *
 * @param model       the point solved
 * @param order       order parameters at the end of the iteration
 * @param entropy     phi_RF in nats per weight (NaN unless converged); negative means no solutions (UNSAT)
 * @param epsTypical  generalization error of a typical solution, arccos(k1 m/sqrt(vs))/pi
 * @param epsBayes    error of the Bayesian (ensemble-majority) predictor over the solutions, arccos(k1 m/sqrt(vq))/pi
 * @param convergence whether the fixed-point residual (largest change of an order parameter in one sweep) fell below
 *                    the tolerance; sweeps used; the residual; why not
 */
public record RandomFeaturesSaddle(RandomFeaturesModel model, OrderParameters order, double entropy,
                                   double epsTypical, double epsBayes, Convergence convergence) implements SolverResult {
}
