package org.phaselab.training.measure;

/**
 * The local energy at flip fraction p: mean training error (fraction of patterns) after flipping
 * round(p N_w) random weights, with its standard error over flip sets; the same for the test set
 * (NaN when there is none).
 */
public record LocalEnergyPoint(double p, double trainError, double trainStderr, double testError, double testStderr,
                               int flipSets) {
}
