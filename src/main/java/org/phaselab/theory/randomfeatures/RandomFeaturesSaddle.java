package org.phaselab.theory.randomfeatures;

/**
 * The RS saddle point of the random-features perceptron at one model point.
 *
 * @param model            the point solved
 * @param order            order parameters at the end of the iteration
 * @param entropy          phi_RF in nats per weight (NaN unless converged); negative means no solutions (UNSAT)
 * @param epsTypical       generalization error of a typical solution, arccos(k1 m/sqrt(vs))/pi
 * @param epsBayes         error of the Bayesian (ensemble-majority) predictor over the solutions, arccos(k1 m/sqrt(vq))/pi
 * @param converged        whether the fixed-point residual fell below the tolerance
 * @param iterations       fixed-point sweeps used
 * @param residual         largest change of an order parameter in the last sweep
 * @param failure          why it did not converge, with the numbers, or null
 */
public record RandomFeaturesSaddle(RandomFeaturesModel model, OrderParameters order, double entropy,
                                   double epsTypical, double epsBayes, boolean converged, int iterations,
                                   double residual, String failure) {
}
