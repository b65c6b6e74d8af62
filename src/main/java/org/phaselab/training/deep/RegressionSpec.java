package org.phaselab.training.deep;

/**
 * How to draw a synthetic regression set: x ~ N(0, I_d), y = beta.x + noise xi with a random unit teacher beta.
 *
 * @param dimension input dimension d &gt;= 1
 * @param samples   n &gt;= d when whitened
 * @param noise     standard deviation of the label noise, &gt;= 0
 * @param seed      RNG seed
 * @param whitened  transform x so that the empirical E[x x^T] = I and rescale y so that ||E[x y]|| = 1 (a = c = 1)
 */
public record RegressionSpec(int dimension, int samples, double noise, long seed, boolean whitened) {
    public RegressionSpec {
        if (dimension < 1 || samples < 1) {
            throw new IllegalArgumentException("dimension and samples must be >= 1, got " + dimension + ", " + samples);
        }
        if (whitened && samples < dimension) {
            throw new IllegalArgumentException("whitening needs samples >= dimension, got " + samples + " < " + dimension);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
        }
    }

    public static RegressionSpec whitened(int dimension, int samples, double noise, long seed) {
        return new RegressionSpec(dimension, samples, noise, seed, true);
    }
}
