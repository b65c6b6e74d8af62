package org.phaselab.theory.randomfeatures;

/**
 * A load or margin where the RS entropy of the random-features perceptron crosses zero.
 *
 * @param value        the threshold (alpha_c, or kappa_max); NaN unless converged
 * @param saddle       the saddle point at the threshold (entropy ~ 0), or the last one tried
 * @param converged    whether the bracket was found and the root converged
 * @param evaluations  saddle points solved
 * @param failure      why not, with the numbers, or null
 */
public record ThresholdResult(double value, RandomFeaturesSaddle saddle, boolean converged, int evaluations, String failure) {
}
