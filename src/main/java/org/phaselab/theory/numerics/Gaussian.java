package org.phaselab.theory.numerics;

/**
 * Gaussian tails, stable at any argument: G, H, ln H and G/H (THEORY.md, notation).
 * <pre>
 *   G(x) = exp(-x^2/2)/sqrt(2 pi),   H(x) = int_x^inf G(t) dt = erfc(x/sqrt2)/2
 * </pre>
 * Everything goes through the scaled complementary error function erfcx(x) = exp(x^2) erfc(x),
 * so that ln H(x) ~ -x^2/2 and G/H(x) ~ x are exact to double precision for large x.
 */
public final class Gaussian {
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double LN_HALF = Math.log(0.5);

    private Gaussian() {}

    /** Standard normal density G(x). */
    public static double g(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** H(x) = P(t > x) for t ~ N(0,1); NaN for NaN. */
    public static double h(double x) {
        if (x >= 0) {
            return 0.5 * Math.exp(-0.5 * x * x) * Erfcx.value(x / SQRT2);
        }
        return x < 0 ? 1.0 - h(-x) : Double.NaN; // NaN is neither: without this test it recursed until the stack overflowed
    }

    /** ln H(x), accurate for large positive x (where H underflows) and for negative x (log1p). */
    public static double lnH(double x) {
        if (x >= 0) {
            return -0.5 * x * x + LN_HALF + Math.log(Erfcx.value(x / SQRT2));
        }
        return Math.log1p(-h(-x));
    }

    /** G(x)/H(x) = -(ln H)'(x): the inverse Mills ratio, ~ x for large x, ~ G(x) for very negative x. */
    public static double gOverH(double x) {
        if (x >= 0) {
            return SQRT_2_OVER_PI / Erfcx.value(x / SQRT2);
        }
        return g(x) / (1.0 - h(-x));
    }

    /**
     * ln H(x) and G(x)/H(x) together from one erfcx (the same values as {@link #lnH} and {@link #gOverH}), written to
     * out[0] and out[1]; for hot loops that need both.
     */
    public static void lnHAndRatio(double x, double[] out) {
        if (x >= 0) {
            double e = Erfcx.value(x / SQRT2);
            out[0] = -0.5 * x * x + LN_HALF + Math.log(e);
            out[1] = SQRT_2_OVER_PI / e;
        } else {
            double gx = g(x);
            double tail = 0.5 * Math.exp(-0.5 * x * x) * Erfcx.value(-x / SQRT2);   // h(-x)
            out[0] = Math.log1p(-tail);
            out[1] = gx / (1.0 - tail);
        }
    }

    /** Binary entropy H2(d) = -d ln d - (1-d) ln(1-d), in nats; 0 at d = 0 and 1. */
    public static double binaryEntropy(double d) {
        if (d <= 0 || d >= 1) {
            return 0.0;
        }
        return -d * Math.log(d) - (1 - d) * Math.log1p(-d);
    }
}
