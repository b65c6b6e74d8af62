package org.phaselab.theory.randomfeatures;

/**
 * Entropy per latent dimension of the student's latent projection {@code s = F^T W/sqrt(N)} at given overlaps
 * (THEORY.md section 4, phi_s). For Gaussian F, each latent coordinate of the replicated s is Gaussian with the
 * covariance of the W's; with Delta = r - qs, delta = 1 - qw, in the RS limit n -> 0:
 * <pre>
 *   phi_s = (1/2) ln(Delta/delta) + (r - m^2)/(2 Delta) - (qw + r)/(2 delta) + qw Delta/(2 delta^2)
 * </pre>
 * (re-derived in docs/random-features.md: log-volume of {s} at the overlaps, minus ln det Q_w/2, minus
 * Tr(Q_w^-1 Q_s)/2). It vanishes at the free point (m, r, qs) = (0, 1, qw).
 * <p>
 * Given the energetic "fields" A = k1^2 dG/dvs/gamma, B = k1^2 dG/dvq/gamma, C = k1 dG/drho/gamma, the
 * stationary point of phi_s + A r + B qs + C m is closed-form:
 * <pre>
 *   1/Delta = 1/delta - 2 (A + B),  m = C Delta,  r = m^2 + Delta - 2 B Delta^2 + qw Delta^2/delta^2,  qs = r - Delta
 *   and there  d phi_s/d qw = (Delta/delta)^2 [2B - C^2 - 4 qw (A + B)^2] / 2
 * </pre>
 * The last form has no 1/gamma cancellation, so the solver stays stable as gamma -> infinity.
 */
final class ProjectionEntropy {
    /** Stationary latent overlaps and gamma times d phi_s/d qw there. */
    record Stationary(double m, double r, double qs, double gammaDPhiDqw) {}

    private ProjectionEntropy() {}

    static double value(double m, double r, double qs, double qw) {
        double delta = 1 - qw;
        double bigDelta = r - qs;
        return 0.5 * Math.log(bigDelta / delta) + (r - m * m) / (2 * bigDelta)
                - (qw + r) / (2 * delta) + qw * bigDelta / (2 * delta * delta);
    }

    static Stationary stationary(double qw, double gamma, double fieldA, double fieldB, double fieldC) {
        double delta = 1 - qw;
        double inv = 1 / delta - 2 * (fieldA + fieldB);
        if (!(inv > 0)) {
            throw new IllegalArgumentException("no stationary latent overlaps: 1/Delta = " + inv);
        }
        double bigDelta = 1 / inv;
        double m = fieldC * bigDelta;
        double r = m * m + bigDelta - 2 * fieldB * bigDelta * bigDelta + qw * bigDelta * bigDelta / (delta * delta);
        double ratio = bigDelta / delta;
        double sum = fieldA + fieldB;
        double dPhi = 0.5 * ratio * ratio * (2 * fieldB - fieldC * fieldC - 4 * qw * sum * sum);
        return new Stationary(m, r, r - bigDelta, gamma * dPhi);
    }
}
