package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussianQuadrature;

/**
 * Entropy of binary weights at overlap qw (THEORY.md section 1, entropic part; Gardner 1988):
 * <pre>
 *   phi_W = -qh (1 - qw)/2 + int Dz ln 2cosh(sqrt(qh) z),   stationary where qw = int Dz tanh^2(sqrt(qh) z)
 * </pre>
 * For large qh the integrands are sharp at z = 0 (width 1/sqrt(qh)); a fixed-step rule then freezes
 * 1 - qw at about 0.4 step and invents a spurious fixed point. So for sqrt(qh) = s > 1 we integrate
 * the sharp parts in t = s z (Simpson):
 * <pre>
 *   1 - qw = (1/s) int dt sech^2(t) G(t/s),   int Dz ln 2cosh(s z) = s sqrt(2/pi) + (1/s) int dt ln(1 + e^{-2|t|}) G(t/s)
 * </pre>
 */
final class WeightEntropy {
    private static final double T_MAX = 40;
    private static final double T_STEP = 0.01;

    private WeightEntropy() {}

    static double overlap(double qh, GaussianQuadrature quadrature) {
        double s = Math.sqrt(Math.max(qh, 0));
        if (s <= 1) {
            return quadrature.integrate(z -> {
                double t = Math.tanh(s * z);
                return t * t;
            });
        }
        return 1 - sharp(s, t -> {
            double c = Math.cosh(t);
            return 1 / (c * c);
        });
    }

    static double value(double qw, double qh, GaussianQuadrature quadrature) {
        double s = Math.sqrt(Math.max(qh, 0));
        double logCosh = s <= 1
                ? quadrature.integrate(z -> lnTwoCosh(s * z))
                : s * Math.sqrt(2 / Math.PI) + sharp(s, t -> Math.log1p(Math.exp(-2 * Math.abs(t))));
        return -qh * (1 - qw) / 2 + logCosh;
    }

    /**
     * (1/s) int dt f(t) G(t/s) for an even f decaying like e^{-2|t|}: Simpson's rule on [0, T_MAX], doubled
     * (f may have a kink at t = 0, which sits at the end of the interval, so the rule stays fourth order).
     */
    private static double sharp(double s, java.util.function.DoubleUnaryOperator f) {
        int n = (int) Math.round(T_MAX / T_STEP);
        double sum = f.applyAsDouble(0) * Gaussian.g(0) + f.applyAsDouble(T_MAX) * Gaussian.g(T_MAX / s);
        for (int i = 1; i < n; i++) {
            double t = i * T_STEP;
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(t) * Gaussian.g(t / s);
        }
        return 2 * sum * T_STEP / 3 / s;
    }

    /** ln(2 cosh x) without overflow. */
    static double lnTwoCosh(double x) {
        double ax = Math.abs(x);
        return ax + Math.log1p(Math.exp(-2 * ax));
    }
}
