package org.phaselab.training.deep;

/** Hidden-unit nonlinearity; the output unit is always linear. */
public enum Activation {
    LINEAR, TANH, RELU;

    public double apply(double z) {
        return switch (this) {
            case LINEAR -> z;
            case TANH -> Math.tanh(z);
            case RELU -> z > 0 ? z : 0;
        };
    }

    /** d sigma / dz at pre-activation z (ReLU: 0 at z = 0). */
    public double derivative(double z) {
        return switch (this) {
            case LINEAR -> 1;
            case TANH -> {
                double t = Math.tanh(z);
                yield 1 - t * t;
            }
            case RELU -> z > 0 ? 1 : 0;
        };
    }
}
