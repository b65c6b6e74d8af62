package org.phaselab.theory.largedeviation;

/**
 * The latent-projection entropy of the random-features students as y -&gt; infinity (docs/large-deviation.md,
 * LD 15.2). The students' projections s = F^T W/sqrt(N) are Gaussian with the covariance of the W's (the reference's
 * projection does not enter the energy and integrates out), so per latent dimension the replicated entropy is that
 * of the RS random-features model (docs/random-features.md, phi_s) with the group structure of LD 2: overlaps
 * 1 / q1 / q0 between weights, r / qs1 / qs0 between projections, teacher overlap m; with q1 - q0 = Delta_w/y,
 * qs1 - qs0 = Delta_s/y, divided by y:
 * <pre>
 *   phi = (1/2) ln D + (qs1 - m^2)/(2 E2) - (1/2) ln delta - q1/(2 A2) - D/(2 delta) - qs1/(2 A2) + E2 q1/(2 A2^2) + 1/2
 *   D = r - qs1,   E2 = D + Delta_s,   delta = 1 - q1,   A2 = delta + Delta_w
 * </pre>
 * With Delta_w = Delta_s = 0 it is the RS phi_s at (m, r, qs1, q1). Given the energetic fields A, B, C, E (the
 * derivatives of G_E in vs, vq1, rho, Delta_v, times k1^2/gamma, k1/gamma), its stationary point in
 * (m, r, qs1, Delta_s) is closed-form:
 * <pre>
 *   m = C E2,   1/D = 1/delta - 2 (A - E),   1/E2 = 1/A2 - 2 (A + B),   qs1 - m^2 = E2^2 (q1/A2^2 + 2 E)
 * </pre>
 * The finite-y form is {@link #finiteY}, against which the limit is tested.
 */
final class LatentLimit {
    private LatentLimit() {}

    /** phi at latent (m, r, qs1, Delta_s) and weight (q1, Delta_w) overlaps. */
    static double value(LatentProjection p, double q1, double deltaW) {
        double d = p.r() - p.qs1();
        double e2 = d + p.deltaS();
        double delta = 1 - q1;
        double a2 = delta + deltaW;
        return 0.5 * Math.log(d) + (p.qs1() - p.m() * p.m()) / (2 * e2) - 0.5 * Math.log(delta) - q1 / (2 * a2)
                - d / (2 * delta) - p.qs1() / (2 * a2) + e2 * q1 / (2 * a2 * a2) + 0.5;
    }

    /** d phi/d q1 at fixed Delta_w and latent overlaps. */
    static double dQ1(LatentProjection p, double q1, double deltaW) {
        double d = p.r() - p.qs1();
        double e2 = d + p.deltaS();
        double delta = 1 - q1;
        double a2 = delta + deltaW;
        return 0.5 / delta - 0.5 / a2 - 0.5 * q1 / (a2 * a2) - 0.5 * d / (delta * delta) - 0.5 * p.qs1() / (a2 * a2)
                + 0.5 * e2 / (a2 * a2) + e2 * q1 / (a2 * a2 * a2);
    }

    /** d phi/d Delta_w at fixed q1 and latent overlaps. */
    static double dDeltaW(LatentProjection p, double q1, double deltaW) {
        double e2 = p.r() - p.qs1() + p.deltaS();
        double a2 = 1 - q1 + deltaW;
        return 0.5 * (q1 + p.qs1()) / (a2 * a2) - e2 * q1 / (a2 * a2 * a2);
    }

    /**
     * The four stationarity conditions in (m, r, qs1, Delta_s), as residuals that vanish there and are O(1) away:
     * m - C E2, D (1/delta - 2(A - E)) - 1, E2 (1/A2 - 2(A + B)) - 1, (qs1 - m^2 - E2^2 (q1/A2^2 + 2E))/q1.
     */
    static void residuals(LatentProjection p, double q1, double deltaW, double fieldA, double fieldB, double fieldC,
                          double fieldE, double[] out, int offset) {
        double d = p.r() - p.qs1();
        double e2 = d + p.deltaS();
        double delta = 1 - q1;
        double a2 = delta + deltaW;
        out[offset] = p.m() - fieldC * e2;
        out[offset + 1] = d * (1 / delta - 2 * (fieldA - fieldE)) - 1;
        out[offset + 2] = e2 * (1 / a2 - 2 * (fieldA + fieldB)) - 1;
        out[offset + 3] = (p.qs1() - p.m() * p.m() - e2 * e2 * (q1 / (a2 * a2) + 2 * fieldE)) / q1;
    }

    /**
     * The same entropy at finite y (n -&gt; 0), per replica: for a matrix with diagonal a, a - b1 = e1 inside a group
     * of y and b0 between groups, (1/n) ln det -&gt; (y-1) ln e1 + ln e2 + y b0/e2 with e2 = e1 + y (b1 - b0), and
     * (1/n) Tr(X^-1 Y) -&gt; (y-1) e1Y/e1X + e2Y/e2X + y (b0Y e2X - e2Y b0X)/e2X^2; the sum divided by y.
     */
    static double finiteY(double y, double m, double r, double qs1, double qs0, double q1, double q0) {
        double e1s = r - qs1;
        double e2s = e1s + y * (qs1 - qs0);
        double e1w = 1 - q1;
        double e2w = e1w + y * (q1 - q0);
        double lnDetS = (y - 1) * Math.log(e1s) + Math.log(e2s) + y * (qs0 - m * m) / e2s;
        double lnDetW = (y - 1) * Math.log(e1w) + Math.log(e2w) + y * q0 / e2w;
        double trace = (y - 1) * e1s / e1w + e2s / e2w + y * (qs0 * e2w - e2s * q0) / (e2w * e2w);
        return (0.5 * lnDetS - 0.5 * lnDetW - 0.5 * trace + 0.5 * y) / y;
    }
}
