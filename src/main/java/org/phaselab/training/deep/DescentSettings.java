package org.phaselab.training.deep;

/**
 * Budget and tolerance of full-batch gradient descent at one gamma.
 *
 * @param learningRate      step size eta
 * @param maxSteps          most GD steps per gamma point
 * @param gradientTolerance stop when the Euclidean norm of the full gradient falls below this
 */
public record DescentSettings(double learningRate, int maxSteps, double gradientTolerance) {
    public DescentSettings {
        if (!(learningRate > 0) || maxSteps < 1 || !(gradientTolerance > 0)) {
            throw new IllegalArgumentException("need learning rate > 0, max steps >= 1, gradient tolerance > 0");
        }
    }

    /** eta = 0.05, 4000 steps, |grad| &lt; 1e-7: converges a whitened linear net off criticality (see tests). */
    public static DescentSettings defaults() {
        return new DescentSettings(0.05, 4000, 1e-7);
    }
}
