package org.phaselab.training.deep;

/**
 * A regression data set and the moments of the reduced theory along n = E[x y]/||E[x y]||.
 *
 * @param x        inputs, row-major n x d (not copied: treat as read-only)
 * @param y        labels, length n
 * @param samples  n
 * @param dimension d
 * @param a        n.E[x x^T].n (1 when whitened)
 * @param c        ||E[x y]|| (1 when whitened)
 * @param ySquared E[y^2]
 */
public record RegressionData(double[] x, double[] y, int samples, int dimension, double a, double c, double ySquared) {
    public RegressionData {
        if (x.length != samples * dimension || y.length != samples) {
            throw new IllegalArgumentException("x must be n*d = " + samples * dimension + " and y n = " + samples + " long");
        }
    }
}
