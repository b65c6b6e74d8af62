package org.phaselab.training;

import java.util.Locale;

/**
 * The non-linearity of the hidden units of real-valued networks (the jamming nets and the weight-decayed deep nets),
 * with the derivatives backpropagation and the exact Hessian need; the output unit is always linear.
 * Without biases, narrow ReLU nets lose patterns to dead units (every hidden unit off for that input): at widths ~10
 * such jamming runs end UNSAT with a few patterns at Delta = 1; tanh has no such trap and is the jamming default.
 */
public enum Activation {
    /** sigma(z) = z. */
    LINEAR {
        @Override public double value(double z) { return z; }
        @Override public double slope(double z) { return 1; }
        @Override public double curvature(double z) { return 0; }
        @Override public double slopeFromOutput(double h) { return 1; }
        @Override public double initGain() { return 1; }
    },
    /** tanh z; sigma' = 1 - tanh^2, sigma'' = -2 tanh (1 - tanh^2). */
    TANH {
        @Override public double value(double z) { return tanh(z); }
        @Override public double slope(double z) { double t = tanh(z); return 1 - t * t; }
        @Override public double curvature(double z) { double t = tanh(z); return -2 * t * (1 - t * t); }
        @Override public double slopeFromOutput(double h) { return 1 - h * h; }
        @Override public double initGain() { return 1; }
    },
    /** max(0, z); sigma'' = 0 away from the kink (the kink has measure zero). */
    RELU {
        @Override public double value(double z) { return z > 0 ? z : 0; }
        @Override public double slope(double z) { return z > 0 ? 1 : 0; }
        @Override public double curvature(double z) { return 0; }
        @Override public double slopeFromOutput(double h) { return h > 0 ? 1 : 0; }
        @Override public double initGain() { return 2; }
    };

    public abstract double value(double z);

    /** d sigma / dz. */
    public abstract double slope(double z);

    /** d^2 sigma / dz^2. */
    public abstract double curvature(double z);

    /** d sigma / dz from the output h = sigma(z), which saves a second tanh (ReLU: 0 at z = 0). */
    public abstract double slopeFromOutput(double h);

    /** Variance gain of the initialisation, Var W = gain/fan_in (He et al. 2015 for ReLU, LeCun for tanh and linear). */
    public abstract double initGain();

    /** The name people read: "linear", "tanh", "ReLU". */
    public String displayName() {
        return this == RELU ? "ReLU" : name().toLowerCase(Locale.ROOT);
    }

    /** tanh(z) = 1 - 2/(e^(2z) + 1), odd-symmetrised; within a few ulps of Math.tanh and several times faster. */
    static double tanh(double z) {
        double t = 1 - 2 / (Math.exp(2 * Math.abs(z)) + 1);
        return z < 0 ? -t : t;
    }
}
