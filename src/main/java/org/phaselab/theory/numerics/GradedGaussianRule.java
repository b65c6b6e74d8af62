package org.phaselab.theory.numerics;

/**
 * Nodes and weights for int Dz f(z) over [-L, right] when f changes on a small scale {@code width}
 * around a point {@code center} (the kink z = kappa/sqrt(q) of the RS energetic terms, of width
 * sqrt((1-q)/q), THEORY.md section 1). Composite Gauss-Legendre panels graded around the center: a
 * panel at distance t from it has width min(1, max(width, t/2)), so the sharp region is resolved at
 * any q &lt; 1 and the far field at the Gaussian's own scale. Weights include the density G(z).
 * <p>
 * The arrays are allocated per rule (a few hundred nodes); a rule is immutable once built.
 */
public final class GradedGaussianRule {
    /** Half-width of the Gaussian range: G(10) ~ 8e-23. */
    public static final double L = 10.0;

    private final double[] nodes;
    private final double[] weights;
    private final int size;

    private GradedGaussianRule(double[] nodes, double[] weights, int size) {
        this.nodes = nodes;
        this.weights = weights;
        this.size = size;
    }

    /** The rule on [-L, min(L, right)], graded around {@code center} at scale {@code width} &gt; 0. */
    public static GradedGaussianRule around(double center, double width, double right, GaussLegendre gl) {
        return around(center, width, -L, right, gl);
    }

    /** The rule on [max(-L, left), min(L, right)], graded around {@code center} at scale {@code width} &gt; 0. */
    public static GradedGaussianRule around(double center, double width, double left, double right, GaussLegendre gl) {
        double lo = Math.max(-L, left);
        double hi = Math.min(L, right);
        // a vanishing or undefined feature size would never end the walk
        width = width > 1e-12 ? width : 1e-12;
        center = Double.isNaN(center) ? 0 : center;
        // walk outward from the centre on both sides, keeping the part inside [-L, hi]
        double[] leftSide = walk(center, width, lo, hi, -1);
        double[] rightSide = walk(center, width, lo, hi, +1);
        int m = gl.size();
        int panels = Math.max(0, leftSide.length - 1) + Math.max(0, rightSide.length - 1);
        double[] z = new double[panels * m];
        double[] w = new double[panels * m];
        int off = 0;
        for (int i = leftSide.length - 1; i > 0; i--) {
            off = gl.panel(leftSide[i], leftSide[i - 1], true, z, w, off);
        }
        for (int i = 0; i + 1 < rightSide.length; i++) {
            off = gl.panel(rightSide[i], rightSide[i + 1], true, z, w, off);
        }
        return new GradedGaussianRule(z, w, off);
    }

    /** Breakpoints from the centre outward in direction dir, clipped to [lo, hi]; empty if none. */
    private static double[] walk(double center, double width, double lo, double hi, int dir) {
        double[] b = GradedPanels.walk(center, width, 1.0, lo, hi, dir);
        return b.length < 2 ? new double[0] : b;
    }

    public int size() {
        return size;
    }

    public double node(int i) {
        return nodes[i];
    }

    public double weight(int i) {
        return weights[i];
    }
}
