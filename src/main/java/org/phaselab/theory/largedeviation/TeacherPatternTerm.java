package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GradedGaussianRule;

/**
 * The pattern term of the random-features large-deviation saddle as y -&gt; infinity (docs/large-deviation.md,
 * LD 15.3): the storage envelope of LD 3.1 under the teacher's label, which is correlated with the group centre's
 * field only (the teacher-student term of docs/random-features.md, G_E, with ln H replaced by its envelope):
 * <pre>
 *   G = 2 alpha int Dz H(-a z) psi(u0),   a = rho/sqrt(vq1 - rho^2),   u0 = (kappa - sqrt(vq1) z)/sqrt(vs - vq1),
 *   a2 = Delta_v/(vs - vq1)                                                      (psi: {@link PatternEnvelope})
 *   dG/drho  = 2 alpha vq1/(vq1 - rho^2)^(3/2) int Dz z G(a z) psi
 *   dG/dvs   = 2 alpha int Dz H(-a z) [r u0 + r^2 (-a2)] / (2 (vs - vq1))         (du0/dvs = -u0/(2(vs-vq1)))
 *   dG/dDv   = 2 alpha int Dz H(-a z) r^2/(2 (vs - vq1))
 *   dG/dvq1  = 2 alpha int Dz [ z G(a z) da/dvq1 psi + H(-a z) (-r du0/dvq1 + r^2 a2/(2 (vs - vq1))) ]
 *              da/dvq1 = -rho/(2 (vq1 - rho^2)^(3/2)),   du0/dvq1 = -z/(2 sqrt(vq1 (vs - vq1))) + u0/(2 (vs - vq1))
 * </pre>
 * with d psi/du0 = -r(v*), d psi/d a2 = r(v*)^2/2. The z rule is graded around kappa/sqrt(vq1) on the smaller of the
 * envelope's scale and the teacher step's, 1/a, and cut where u0 &lt; -9 (psi and its derivatives below 1e-18).
 */
final class TeacherPatternTerm {
    private static final GaussLegendre GL = GaussLegendre.TEN;

    /** G and its partial derivatives at one (rho, vs, vq1, Delta_v). */
    record Value(double value, double dRho, double dVs, double dVq1, double dDeltaV) {}

    private TeacherPatternTerm() {}

    /** Null if the covariances are out of the domain (vq1 &gt; rho^2, vs &gt; vq1, Delta_v &gt;= 0). */
    static Value evaluate(double alpha, double kappa, double rho, double vs, double vq1, double deltaV) {
        double teacherNoise = vq1 - rho * rho;
        double noise = vs - vq1;
        if (!(teacherNoise > 0) || !(noise > 0) || !(deltaV >= 0) || !Double.isFinite(deltaV)) {
            return null;
        }
        double a = rho / Math.sqrt(teacherNoise);
        double sq = Math.sqrt(vq1);
        double s1 = Math.sqrt(noise);
        double a2 = deltaV / noise;
        double dadvq = -rho / (2 * teacherNoise * Math.sqrt(teacherNoise));
        double center = kappa / sq;
        double width = Math.sqrt(noise + deltaV) / sq;
        if (a != 0) {
            width = Math.min(width, 1 / Math.abs(a));
        }
        GradedGaussianRule rule = GradedGaussianRule.around(center, width, center + 9 * s1 / sq, GL);
        double[] env = new double[4];
        double value = 0, zgPsi = 0, sVs = 0, sDv = 0, sVq = 0;
        for (int i = 0; i < rule.size(); i++) {
            double z = rule.node(i);
            double w = rule.weight(i);
            double u0 = (kappa - sq * z) / s1;
            PatternEnvelope.at(u0, a2, env);
            double psi = env[PatternEnvelope.PSI];
            double r = env[PatternEnvelope.R];
            double teacher = Gaussian.h(-a * z);
            double zg = z * Gaussian.g(a * z);
            value += w * teacher * psi;
            zgPsi += w * zg * psi;
            sVs += w * teacher * (r * u0 - a2 * r * r);
            sDv += w * teacher * r * r;
            double du0 = -z / (2 * sq * s1) + u0 / (2 * noise);
            sVq += w * (zg * dadvq * psi + teacher * (-r * du0 + r * r * a2 / (2 * noise)));
        }
        double twoAlpha = 2 * alpha;
        return new Value(twoAlpha * value, twoAlpha * zgPsi * vq1 / (teacherNoise * Math.sqrt(teacherNoise)),
                twoAlpha * sVs / (2 * noise), twoAlpha * sVq, twoAlpha * sDv / (2 * noise));
    }
}
