package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GaussianQuadrature;
import org.phaselab.theory.numerics.GradedGaussianRule;

/**
 * The weight term of the Franz-Parisi potential and the overlaps it returns (THEORY.md section 3):
 * <pre>
 *   G_S = int Dz0 (1 + tanh(sqrt(q~h) z0)) int Dz1 ln 2cosh(h),  h = (ph/sqrt q~h) z0 + sqrt(q1h - ph^2/q~h) z1 + Sh - ph
 *   S = E_S[tanh h],  q1 = E_S[tanh^2 h],  p = S + (ph/q~h)(1 - q1) - E_S[z0 tanh h]/sqrt(q~h)
 * </pre>
 * (the reference spin gauged to +1, so (1 + tanh) is twice its probability). The z1 integrand switches on the
 * scale 1/sqrt(q1h - ph^2/q~h) around h = 0: when that scale is above 0.8 the integrand is analytic in a strip of
 * half-width pi/2 times it, and a trapezoid rule of step 0.4 is exact to ~1e-9; below, each z1 rule is graded
 * around h = 0. z0 panels follow the scale of tanh.
 */
public final class EntropicTerm {
    private static final GaussLegendre GL = new GaussLegendre(8);
    private static final GaussianQuadrature SMOOTH = new GaussianQuadrature(9.6, 0.4);

    public record Result(double gS, double s, double q1, double p) {}

    private EntropicTerm() {}

    public static Result evaluate(Reference ref, double q1Hat, double pHat, double sHat) {
        double a0 = Math.sqrt(ref.qHat());
        double spread = Math.sqrt(Math.max(0, q1Hat - pHat * pHat / ref.qHat()));
        double slope = pHat / a0;
        double offset = sHat - pHat;
        double z0Width = Math.min(1, 1.5 / Math.max(a0, Math.abs(slope) + 1e-300));
        int z0Panels = (int) Math.ceil(17 / z0Width - 1e-9);   // |z0| <= 8.5: G(8.5) = 2e-16
        double[] z = new double[GL.size()];
        double[] w = new double[GL.size()];
        double lnCosh = 0, tanh = 0, tanh2 = 0, z0Tanh = 0;
        for (int k = 0; k < z0Panels; k++) {
            GL.panel(-8.5 + 17.0 * k / z0Panels, -8.5 + 17.0 * (k + 1) / z0Panels, true, z, w, 0);
            for (int i = 0; i < z.length; i++) {
                double z0 = z[i];
                double weight = w[i] * 2 / (1 + Math.exp(-2 * a0 * z0));
                double c = slope * z0 + offset;
                double l = 0, t1 = 0, t2 = 0;
                if (spread < 1e-12) {
                    double e = Math.exp(-2 * Math.abs(c));
                    l = Math.abs(c) + Math.log1p(e);
                    t1 = Math.copySign((1 - e) / (1 + e), c);
                    t2 = t1 * t1;
                } else if (spread <= 1.25) {
                    for (int j = 0; j < SMOOTH.size(); j++) {
                        double h = c + spread * SMOOTH.node(j);
                        double e = Math.exp(-2 * Math.abs(h));
                        double th = (1 - e) / (1 + e);
                        l += SMOOTH.weight(j) * (Math.abs(h) + Math.log1p(e));
                        t1 += SMOOTH.weight(j) * Math.copySign(th, h);
                        t2 += SMOOTH.weight(j) * th * th;
                    }
                } else {
                    GradedGaussianRule rule = GradedGaussianRule.around(-c / spread, 1.5 / spread, GradedGaussianRule.L, GL);
                    for (int j = 0; j < rule.size(); j++) {
                        double h = c + spread * rule.node(j);
                        double e = Math.exp(-2 * Math.abs(h));
                        double th = (1 - e) / (1 + e);
                        l += rule.weight(j) * (Math.abs(h) + Math.log1p(e));
                        t1 += rule.weight(j) * Math.copySign(th, h);
                        t2 += rule.weight(j) * th * th;
                    }
                }
                lnCosh += weight * l;
                tanh += weight * t1;
                tanh2 += weight * t2;
                z0Tanh += weight * z0 * t1;
            }
        }
        double p = tanh + pHat / ref.qHat() * (1 - tanh2) - z0Tanh / a0;
        return new Result(lnCosh, tanh, tanh2, p);
    }
}
