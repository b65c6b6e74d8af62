package org.phaselab.theory.deeplinear;

/**
 * The data side of the reduced loss: depth and the two moments a, c of the learned direction.
 *
 * @param depth    number of hidden layers D, 0..{@value #MAX_DEPTH}
 * @param a        n.E[x x^T].n &gt; 0
 * @param c        n.E[x y] &gt; 0
 * @param ySquared E[y^2], a constant shift of the loss (default c^2/a)
 */
public record DeepLinearModel(int depth, double a, double c, double ySquared) {
    public static final int MAX_DEPTH = 5;

    public DeepLinearModel {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be in 0.." + MAX_DEPTH + ", got " + depth);
        }
        if (!(a > 0) || !(c > 0) || !Double.isFinite(a) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("a and c must be finite and > 0, got a = " + a + ", c = " + c);
        }
        if (!Double.isFinite(ySquared)) {
            throw new IllegalArgumentException("E[y^2] must be finite, got " + ySquared);
        }
    }

    /** A model with a noiseless target, E[y^2] = c^2/a, so that min L = 0 at gamma = 0. */
    public static DeepLinearModel of(int depth, double a, double c) {
        return new DeepLinearModel(depth, a, c, c * c / a);
    }

    /** Number of weight matrices, D + 1. */
    public int layers() {
        return depth + 1;
    }
}
