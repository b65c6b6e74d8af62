package org.phaselab.theory.spherical;

import java.util.function.DoubleUnaryOperator;
import org.phaselab.theory.numerics.Gaussian;

/**
 * The RS Gardner volume of the spherical perceptron (|w|^2 = N) with margin kappa (Gardner, J. Phys. A 21, 257
 * (1988); THEORY.md section 1):
 * <pre>
 *   phi_sph(q) = ln(1-q)/2 + q/(2(1-q)) + alpha int Dz ln H(u),   u = (kappa - sqrt(q) z)/sqrt(1-q)
 *   saddle:  q/(1-q) = alpha I(q),   I(q) = int Dz [G/H(u)]^2
 * </pre>
 * (d/dq int Dz ln H(u) = -I(q)/(2(1-q)) by Stein's lemma). As q -&gt; 1 the integrand of I turns into
 * (kappa - z)^2/(1-q) for z &lt; kappa with a smooth corner of width sqrt(1-q) at z = kappa/sqrt(q). The
 * trapezoid rule converges like exp(-2 pi d/step) for integrands analytic in a strip of half-width d: G/H(u) and
 * ln H(u) are analytic within ~2.8 of the real u axis, so a step of 0.25 in u (0.25 sqrt(1-q)/sqrt(q) in z, at
 * most 0.2 for the Gaussian weight) keeps I exact to ~1e-13 all the way to the capacity. Beyond z = kappa/sqrt(q) + 12 sqrt(1-q)/sqrt(q) both integrands
 * are below e^-70 and are skipped.
 * <p>Near the capacity that uniform rule needs ~12 sqrt(q)/(0.25 sqrt(1-q)) nodes (5e8 at 1-q = 1e-14). Once it
 * would need more than {@link #MAX_UNIFORM_NODES}, the average is taken in t with u = sinh(t) instead (the
 * sinh map of the double-exponential family, Takahasi &amp; Mori, Publ. RIMS 9, 721 (1974)): the step in z then
 * grows with the distance from the corner, where the integrand is smooth on that distance (the zeros of H lie near
 * arg u = +-3 pi/4), so it is analytic in the strip |Im t| &lt; ~0.5 and a step of {@link #SINH_STEP} keeps the
 * trapezoid exact to ~e^(-2 pi 0.4/0.04), with a few hundred nodes at any q.
 */
final class GardnerVolume {
    private static final double LEFT = -12.0;
    private static final double RIGHT = 12.0;
    private static final double MAX_STEP = 0.2;
    /** Beyond this many nodes of the uniform rule the sinh-mapped rule is used (the class comment). */
    static final int MAX_UNIFORM_NODES = 20_000;
    /** Trapezoid step in t, u = sinh(t). */
    private static final double SINH_STEP = 0.04;
    /** u below which both integrands are below e^-70 (as zMax of the uniform rule). */
    private static final double U_MIN = -12.0;

    private GardnerVolume() {}

    /** (1-q) I(q): bounded as q -&gt; 1, where it tends to int_{-kappa}^inf Dt (t+kappa)^2 = 1/alpha_sph(kappa). */
    static double scaledOverlapIntegral(double q, double kappa) {
        double oneMinusQ = 1 - q;
        return average(q, kappa, u -> {
            double r = Gaussian.gOverH(u);
            return r * r * oneMinusQ;
        });
    }

    /** int Dz ln H(u). */
    static double energeticTerm(double q, double kappa) {
        return average(q, kappa, Gaussian::lnH);
    }

    /** int Dz f(u), u = (kappa - sqrt(q) z)/sqrt(1-q), by the rule of the class comment. */
    private static double average(double q, double kappa, DoubleUnaryOperator f) {
        return uniformNodes(q, kappa) > MAX_UNIFORM_NODES ? sinhMapped(q, kappa, f) : uniform(q, kappa, f);
    }

    private static int uniformNodes(double q, double kappa) {
        double w = Math.sqrt(1 - q);
        double sq = Math.sqrt(q);
        return nodes(zMax(q, kappa, w, sq), stepFor(w, sq));
    }

    /** The average by the uniform trapezoid rule in z. */
    static double uniform(double q, double kappa, DoubleUnaryOperator f) {
        double w = Math.sqrt(1 - q);
        double sq = Math.sqrt(q);
        double step = stepFor(w, sq);
        int n = nodes(zMax(q, kappa, w, sq), step);
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double z = LEFT + i * step;
            s += Gaussian.g(z) * f.applyAsDouble((kappa - sq * z) / w);
        }
        return s * step;
    }

    /** The same average in t, u = sinh(t): z = (kappa - w sinh t)/sqrt(q), dz = (w/sqrt(q)) cosh t dt (q &gt; 0). */
    static double sinhMapped(double q, double kappa, DoubleUnaryOperator f) {
        double w = Math.sqrt(1 - q);
        double sq = Math.sqrt(q);
        double tMin = asinh(U_MIN);
        double tMax = asinh((kappa - sq * LEFT) / w);
        int n = (int) Math.ceil((tMax - tMin) / SINH_STEP);
        double h = (tMax - tMin) / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double t = tMin + i * h;
            double u = Math.sinh(t);
            double weight = (i == 0 || i == n) ? 0.5 : 1.0;
            s += weight * Gaussian.g((kappa - w * u) / sq) * f.applyAsDouble(u) * Math.cosh(t);
        }
        return s * h * w / sq;
    }

    private static double asinh(double x) {
        return Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x);
    }

    /** phi_sph(q) at load alpha: (1/N) ln of the fraction of the sphere that solves (nats; 0 at alpha = 0). */
    static double entropy(double alpha, double kappa, double q) {
        return 0.5 * Math.log1p(-q) + q / (2 * (1 - q)) + alpha * energeticTerm(q, kappa);
    }

    /** The saddle-point residual written so that it stays bounded as q -&gt; 1: q - alpha (1-q) I(q). */
    static double residual(double alpha, double kappa, double q) {
        return q - alpha * scaledOverlapIntegral(q, kappa);
    }

    /** 0.25 in u (G/H, ln H analytic within ~2.8 of the real axis), at most 0.2 in z (the Gaussian weight). */
    static double stepFor(double w, double sq) {
        return sq * MAX_STEP < 0.25 * w ? MAX_STEP : 0.25 * w / sq;
    }

    private static int nodes(double zMax, double step) {
        return (int) Math.floor((zMax - LEFT) / step);
    }

    private static double zMax(double q, double kappa, double w, double sq) {
        return sq == 0 ? RIGHT : Math.min(RIGHT, (kappa + 12 * w) / sq);
    }
}
