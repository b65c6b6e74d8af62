package org.phaselab.theory.teacherstudent;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussianQuadrature;

/**
 * The RS free entropy of Gibbs learning of a binary teacher by a binary student, on the Nishimori line
 * (student-teacher overlap R = student-student overlap q). Gyorgyi, PRA 41, 7097 (1990); Sompolinsky,
 * Tishby &amp; Seung, PRL 65, 1683 (1990); THEORY.md section 2:
 * <pre>
 *   s(alpha) = ln 2 + extr_{q,qh} [ psiPrior(qh) + alpha psiOut(q) - q qh/2 ]
 *   psiPrior(qh) = int Dz ln cosh(sqrt(qh) z + qh) - qh/2
 *   psiOut(q)    = 2 int Dxi H(-a xi) ln H(-a xi),   a = sqrt(q/(1-q))
 *   q  = m(qh) = int Dz tanh(sqrt(qh) z + qh)
 *   qh = 2 alpha psiOut'(q) = alpha sqrt(2/pi) J(q)/sqrt(1-q),   J(q) = int Dt (G/H)(sqrt(q) t)
 * </pre>
 * (the last line is THEORY.md's exp(-q t^2/2)/H(sqrt(q) t) written as sqrt(2 pi) G/H, stable at any t).
 * <p>
 * Quadrature: every integrand is analytic in a strip around the real axis, so the uniform trapezoid rule
 * converges like exp(-2 pi d / step) with d the strip half-width. G/H and H ln H have their nearest
 * singularities (zeros of H) ~2.8 off the axis, so step 0.2 is exact to double precision; tanh and ln cosh of
 * sqrt(qh) z + qh have poles at distance pi/(2 sqrt qh), so the step shrinks like 0.27/sqrt(qh).
 */
final class TeacherStudentEquations {
    static final double LN2 = Math.log(2.0);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double HALF_WIDTH = 9.0;
    private static final double COARSE_STEP = 0.2;
    private static final GaussianQuadrature COARSE = new GaussianQuadrature(HALF_WIDTH, COARSE_STEP);
    /** Rules of step 0.2 / 2^k for the tanh integrals; k grows with qh. */
    private static final GaussianQuadrature[] BY_QH = new GaussianQuadrature[8];

    static {
        for (int k = 0; k < BY_QH.length; k++) {
            BY_QH[k] = new GaussianQuadrature(HALF_WIDTH, COARSE_STEP / (1 << k));
        }
    }

    private TeacherStudentEquations() {}

    /** The rule whose step is below 0.27/sqrt(qh): error ~exp(-36) on tanh(sqrt(qh) z + qh). */
    static GaussianQuadrature ruleFor(double qh) {
        double wanted = 0.27 / Math.sqrt(Math.max(qh, 1e-12));
        int k = 0;
        while (k < BY_QH.length - 1 && COARSE_STEP / (1 << k) > wanted) {
            k++;
        }
        return BY_QH[k];
    }

    /** qh(q) = alpha sqrt(2/pi) J(q)/sqrt(1-q) and its slope d qh/dq, written into out[0], out[1] (caller-owned). */
    static void conjugate(double alpha, double q, double[] out) {
        double sq = Math.sqrt(q);
        double j = 0;
        double jSlope2 = 0; // 2 J'(q) = int Dt r''(sqrt(q) t), by Stein's lemma on int Dt t r'(sqrt(q) t)/sqrt(q)
        for (int i = 0; i < COARSE.size(); i++) {
            double x = sq * COARSE.node(i);
            double r = Gaussian.gOverH(x);
            double w = COARSE.weight(i);
            j += w * r;
            // r' = r (r - x), r'' = r [(r - x)(2r - x) - 1]   (from (ln H)'' identities)
            jSlope2 += w * r * ((r - x) * (2 * r - x) - 1);
        }
        double oneMinusQ = 1 - q;
        double c = alpha * SQRT_2_OVER_PI / Math.sqrt(oneMinusQ);
        out[0] = c * j;
        out[1] = c * (0.5 * j / oneMinusQ + 0.5 * jSlope2);
    }

    static double conjugate(double alpha, double q) {
        double[] out = new double[2];
        conjugate(alpha, q, out);
        return out[0];
    }

    /** m(qh) = int Dz tanh(sqrt(qh) z + qh) and m'(qh) = int Dz (1 - t^2)(1 - t), into out[0], out[1]. */
    static void magnetization(double qh, double[] out) {
        GaussianQuadrature rule = ruleFor(qh);
        double sqh = Math.sqrt(qh);
        double m = 0;
        double slope = 0;
        for (int i = 0; i < rule.size(); i++) {
            double t = Math.tanh(sqh * rule.node(i) + qh);
            double w = rule.weight(i);
            m += w * t;
            slope += w * (1 - t * t) * (1 - t);
        }
        out[0] = m;
        out[1] = slope;
    }

    static double magnetization(double qh) {
        double[] out = new double[2];
        magnetization(qh, out);
        return out[0];
    }

    /** psiPrior(qh) = int Dz ln cosh(sqrt(qh) z + qh) - qh/2, with ln cosh y = |y| + ln(1 + e^{-2|y|}) - ln 2. */
    static double psiPrior(double qh) {
        GaussianQuadrature rule = ruleFor(qh);
        double sqh = Math.sqrt(qh);
        double s = 0;
        for (int i = 0; i < rule.size(); i++) {
            double y = Math.abs(sqh * rule.node(i) + qh);
            s += rule.weight(i) * (y + Math.log1p(Math.exp(-2 * y)));
        }
        return s - LN2 - 0.5 * qh;
    }

    /**
     * psiOut(q) = 2 int Dxi H(-a xi) ln H(-a xi). For a &gt; 1 the integrand is sharp in xi, so integrate in
     * x = a xi instead: 2 int dx G(x/a)/a H(-x) ln H(-x), smooth at any a (tends to 0 as q -&gt; 1).
     */
    static double psiOut(double q) {
        if (q >= 1) {
            return 0;
        }
        double a = Math.sqrt(q / (1 - q));
        double s = 0;
        if (a <= 1) {
            for (int i = 0; i < COARSE.size(); i++) {
                double x = -a * COARSE.node(i);
                s += COARSE.weight(i) * Gaussian.h(x) * Gaussian.lnH(x);
            }
        } else {
            int n = (int) Math.round(2 * HALF_WIDTH / COARSE_STEP);
            for (int i = 0; i <= n; i++) {
                double x = -HALF_WIDTH + i * COARSE_STEP;
                s += COARSE_STEP * Gaussian.g(x / a) / a * Gaussian.h(-x) * Gaussian.lnH(-x);
            }
        }
        return 2 * s;
    }

    /** The bracket of s(alpha) at (q, qh): ln 2 + psiPrior + alpha psiOut - q qh/2. */
    static double entropy(double alpha, double q, double qh) {
        return LN2 + psiPrior(qh) + alpha * psiOut(q) - 0.5 * q * qh;
    }

    /** Generalization error of a typical student, eps_g = arccos(R)/pi with R = q (Gyorgyi 1990). */
    static double generalizationError(double q) {
        return Math.acos(Math.max(-1, Math.min(1, q))) / Math.PI;
    }
}
