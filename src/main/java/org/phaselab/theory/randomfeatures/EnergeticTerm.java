package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussianQuadrature;

/**
 * The training-set term of the RS entropy and its derivatives (THEORY.md section 4, G_E, with a margin):
 * <pre>
 *   G_E = 2 alpha int Dz H(-a z) ln H(u),   a = rho/sqrt(vq - rho^2),   u = (kappa - sqrt(vq) z)/sqrt(vs - vq)
 * </pre>
 * rho = k1 m (student-teacher field covariance), vs = k1^2 r + kStar^2, vq = k1^2 qs + kStar^2 qw. It is the
 * teacher-student energetic term (Gyorgyi 1990; Engel and Van den Broeck, "Statistical Mechanics of Learning",
 * eq. 2.41) with the field statistics of the Gaussian-equivalent features. Derivatives are analytic:
 * <pre>
 *   dG/drho = 2 alpha vq/(vq - rho^2)^(3/2) int Dz z G(a z) ln H(u)
 *   dG/dvs  = 2 alpha int Dz H(-a z) (G/H)(u) u / (2 (vs - vq))
 *   dG/dvq  = 2 alpha int Dz [ z G(a z) da/dvq ln H(u) - H(-a z) (G/H)(u) du/dvq ],
 *             da/dvq = -rho/(2 (vq - rho^2)^(3/2)),  du/dvq = -z/(2 sqrt(vq (vs - vq))) + u/(2 (vs - vq))
 * </pre>
 */
final class EnergeticTerm {
    /** Value and partial derivatives at one (rho, vs, vq). */
    record Value(double value, double dRho, double dVs, double dVq) {}

    private final GaussianQuadrature quadrature;

    EnergeticTerm(GaussianQuadrature quadrature) {
        this.quadrature = quadrature;
    }

    Value evaluate(double alpha, double kappa, double rho, double vs, double vq) {
        double d = vq - rho * rho;
        double noise = vs - vq;
        if (!(d > 0) || !(noise > 0) || !(vq > 0)) {
            throw new IllegalArgumentException("field covariances out of domain: rho=" + rho + ", vs=" + vs + ", vq=" + vq);
        }
        double a = rho / Math.sqrt(d);
        double sigma = Math.sqrt(noise);
        double nu = Math.sqrt(vq);
        double dadvq = -rho / (2 * d * Math.sqrt(d));
        double value = 0;
        double zgLn = 0;
        double sVs = 0;
        double sVq = 0;
        for (int i = 0; i < quadrature.size(); i++) {
            double z = quadrature.node(i);
            double wt = quadrature.weight(i);
            double u = (kappa - nu * z) / sigma;
            double lnH = Gaussian.lnH(u);
            double gh = Gaussian.gOverH(u);
            double teacher = Gaussian.h(-a * z);
            double zg = z * Gaussian.g(a * z);
            value += wt * teacher * lnH;
            zgLn += wt * zg * lnH;
            sVs += wt * teacher * gh * u;
            double dudvq = -z / (2 * nu * sigma) + u / (2 * noise);
            sVq += wt * (zg * dadvq * lnH - teacher * gh * dudvq);
        }
        return new Value(2 * alpha * value, 2 * alpha * zgLn * vq / (d * Math.sqrt(d)),
                2 * alpha * sVs / (2 * noise), 2 * alpha * sVq);
    }
}
