package org.phaselab.theory.storage;

/**
 * Load and margin of the binary perceptron storage problem (THEORY.md section 1).
 *
 * @param alpha patterns per weight, P/N &gt; 0
 * @param kappa margin (stabilities Delta &gt;= kappa), finite
 */
public record StorageParams(double alpha, double kappa) {
    public StorageParams {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a finite number > 0, got " + alpha);
        }
        if (!Double.isFinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite, got " + kappa);
        }
    }
}
