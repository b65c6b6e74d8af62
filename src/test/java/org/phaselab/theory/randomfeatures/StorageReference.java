package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussianQuadrature;

/** Test-only: the binary-perceptron storage entropy of THEORY.md section 1, solved by plain iteration. */
final class StorageReference {
    private StorageReference() {}

    static double entropy(double alpha, double kappa) {
        GaussianQuadrature g = GaussianQuadrature.FINE;
        double q = 0.3;
        double qh = 0;
        for (int it = 0; it < 20000; it++) {
            double qq = q;
            double s = Math.sqrt(1 - qq);
            double integral = g.integrate(z -> {
                double r = Gaussian.gOverH((kappa - Math.sqrt(qq) * z) / s);
                return r * r;
            });
            qh = alpha / (1 - q) * integral;
            double sq = Math.sqrt(qh);
            double next = g.integrate(z -> Math.pow(Math.tanh(sq * z), 2));
            if (Math.abs(next - q) < 1e-14) {
                q = next;
                break;
            }
            q = 0.5 * q + 0.5 * next;
        }
        double qq = q;
        double sq = Math.sqrt(qh);
        double s = Math.sqrt(1 - qq);
        return -qh * (1 - q) / 2 + g.integrate(z -> WeightEntropy.lnTwoCosh(sq * z))
                + alpha * g.integrate(z -> Gaussian.lnH((kappa - Math.sqrt(qq) * z) / s));
    }
}
