package org.phaselab.theory.largedeviation;

/**
 * The weight term of the y -&gt; infinity limit at one site (docs/large-deviation.md, LD 3.1): the group field
 * h, spread by the scaled student fluctuation sqrt(dh) zeta, is replaced by its most likely value,
 * <pre>
 *   phi(h) = max_x [ ln 2cosh x - (x - h)^2/(2 dh) ],   x* - h = dh tanh x*
 *   m = tanh x* = phi'(h),   m' = dm/dh = sech^2 x* / (1 - dh sech^2 x*),   d phi/d dh = m^2/2
 * </pre>
 * phi is even and convex in h. For h &gt;= 0 the maximiser is the largest root of f(x) = x - h - dh tanh x
 * (f(x) - f(-x) favours x h &gt; 0); f is convex for x &gt; 0, and x0 = |h| + dh tanh(|h| + dh) lies above the
 * root (x* &lt;= |h| + dh and tanh increases), so Newton's method from there decreases monotonically onto it.
 * Caller-owned output, no allocation.
 */
final class WeightEnvelope {
    static final int PHI = 0;
    static final int M = 1;
    static final int M_PRIME = 2;
    /** Relative step at which Newton stops (the map is monotone, so this is the error up to rounding). */
    private static final double TOLERANCE = 1e-15;
    private static final int MAX_ITERATIONS = 200;

    private WeightEnvelope() {}

    /** Writes phi, m, m' at field h for scaled spread dh &gt;= 0 into out[0..2]. */
    static void at(double h, double dh, double[] out) {
        double a = Math.abs(h);
        double x = a + dh * tanhOf(a + dh);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double t = tanhOf(x);
            double f = x - a - dh * t;
            double fp = 1 - dh * (1 - t * t);
            double step = f / fp;
            // a non-positive slope only at the double root h = 0, dh = 1; the step then is never taken
            if (!(fp > 0) || step <= Math.abs(x) * TOLERANCE) {
                break;
            }
            x -= step;
        }
        double e = Math.exp(-2 * x);
        double t = (1 - e) / (1 + e);
        double sech2 = 4 * e / ((1 + e) * (1 + e));
        double lnTwoCosh = x + Math.log1p(e);
        double dx = x - a;
        out[PHI] = dh > 0 ? lnTwoCosh - dx * dx / (2 * dh) : lnTwoCosh;
        out[M] = Math.copySign(t, h);
        out[M_PRIME] = sech2 / (1 - dh * sech2);
    }

    /** tanh x for x &gt;= 0 with one exponential. */
    private static double tanhOf(double x) {
        double e = Math.exp(-2 * x);
        return (1 - e) / (1 + e);
    }
}
