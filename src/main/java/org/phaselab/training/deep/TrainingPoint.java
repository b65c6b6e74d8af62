package org.phaselab.training.deep;

/**
 * The end of gradient descent at one gamma.
 *
 * @param gamma        weight decay
 * @param norm         RMS layer norm sqrt(sum ||W_l||^2/(D+1)), comparable to the theory's b
 * @param loss         full loss, data + gamma sum ||W||^2
 * @param dataLoss     mean squared error alone
 * @param steps        GD steps taken
 * @param gradientNorm |grad loss| at the end
 * @param converged    whether |grad| fell below the tolerance (false also when the loss diverged)
 */
public record TrainingPoint(double gamma, double norm, double loss, double dataLoss, int steps, double gradientNorm,
                            boolean converged) {}
