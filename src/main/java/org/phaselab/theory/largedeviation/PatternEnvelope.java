package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.Gaussian;

/**
 * The pattern term of the y -&gt; infinity limit at one pattern (docs/large-deviation.md, LD 3.1): the student
 * group's stability, spread by the scaled fluctuation, takes its most likely value,
 * <pre>
 *   psi(u) = max_v [ ln H(v) - (v - u)^2/(2 a2) ],   v* + a2 r(v*) = u,   r = G/H
 *   psi(u) = ln H(v*) - a2 r(v*)^2/2,   d psi/du = -r(v*),   d psi/d a2 = r(v*)^2/2
 * </pre>
 * (a Moreau envelope of the concave ln H). g(v) = v + a2 r(v) - u is increasing (0 &lt; r' &lt; 1) and convex
 * (r is convex). It is non-negative at v0 = u (g = a2 r(u)) and, for u &gt; 0, at v0 = u/(1 + a2) (r(v) &gt;= v), so
 * Newton's method from v0 decreases monotonically onto the root.
 */
final class PatternEnvelope {
    static final int PSI = 0;
    static final int V = 1;
    static final int R = 2;
    static final int R_PRIME = 3;
    private static final double TOLERANCE = 1e-15;
    private static final int MAX_ITERATIONS = 200;

    private PatternEnvelope() {}

    /** Writes psi, v*, r(v*), r'(v*) = r (r - v*) at u for a2 &gt;= 0 into out[0..3]. */
    static void at(double u, double a2, double[] out) {
        double v = u > 0 ? u / (1 + a2) : u;
        double r = Gaussian.gOverH(v);
        for (int i = 0; i < MAX_ITERATIONS && a2 > 0; i++) {
            double g = v + a2 * r - u;
            double gp = 1 + a2 * r * (r - v);
            double step = g / gp;
            if (!(step > TOLERANCE * (1 + Math.abs(v)))) {
                break;
            }
            v -= step;
            r = Gaussian.gOverH(v);
        }
        out[PSI] = Gaussian.lnH(v) - 0.5 * a2 * r * r;
        out[V] = v;
        out[R] = r;
        out[R_PRIME] = r * (r - v);
    }
}
