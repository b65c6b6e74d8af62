package org.phaselab.training.jamming;

/**
 * Non-linearity of the hidden layers, with the first and second derivatives the Hessian needs.
 * Without biases, narrow ReLU nets lose patterns to dead units (every hidden unit off for that input,
 * f = 0, no gradient): at widths ~10 such runs end UNSAT with one to a few patterns at Delta = 1.
 * tanh has no such trap and is the default of the panel and the command line.
 */
public enum Activation {
    /** max(0, z); sigma'' = 0 away from the kink (the kink has measure zero). */
    RELU {
        @Override public double value(double z) { return z > 0 ? z : 0; }
        @Override public double slope(double z) { return z > 0 ? 1 : 0; }
        @Override public double curvature(double z) { return 0; }
        @Override double initGain() { return 2; }
    },
    /** tanh z; sigma' = 1 - tanh^2, sigma'' = -2 tanh (1 - tanh^2). */
    TANH {
        @Override public double value(double z) { return Math.tanh(z); }
        @Override public double slope(double z) { double t = Math.tanh(z); return 1 - t * t; }
        @Override public double curvature(double z) { double t = Math.tanh(z); return -2 * t * (1 - t * t); }
        @Override double initGain() { return 1; }
    };

    public abstract double value(double z);

    /** The name people read: "ReLU", "tanh". */
    public String displayName() {
        return this == RELU ? "ReLU" : "tanh";
    }

    public abstract double slope(double z);

    public abstract double curvature(double z);

    /** Variance gain of the initialisation, Var W = gain/fan_in (He et al. 2015 for ReLU, LeCun for tanh). */
    abstract double initGain();
}
