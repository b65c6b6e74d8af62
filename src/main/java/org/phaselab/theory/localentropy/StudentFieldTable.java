package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GaussianQuadrature;
import org.phaselab.theory.numerics.GradedGaussianRule;

/**
 * Averages over the part of the student's field that neither its reference nor the other references explain:
 * for v = (t - sqrt(qe) z)/sqrt(1-qe), r = G/H(v) and g = (ln H)'(v) = -r,
 * <pre>
 *   M0(t) = int Dz ln H(v),  M1(t) = int Dz g(v),  M2(t) = int Dz g'(v),  M4(t) = int Dz r(v)^2
 * </pre>
 * with d/dt = (1/sqrt(1-qe)) d/dv under the integral. Values, first and second t-derivatives are computed lazily
 * on a grid of step {@link #STEP} up to t = 10.1 and of step 1 beyond (where the functions are nearly polynomial:
 * the sixth derivative of ln H(t) ~ -t^2/2 - ln t is 120/t^6), and interpolated by quintic Hermite polynomials
 * (error ~h^6/46080 times the sixth derivative, below 1e-9 here). Each grid value is an integral over z: a trapezoid rule of step 0.4 when the
 * integrand is smooth on the scale sqrt((1-qe)/qe) &gt;= 0.7 (the complex zeros of H are ~2 away, error below 1e-9),
 * a graded Gauss-Legendre rule otherwise. Below t = -9.5 all vanish (below 1e-18). One table per (q1, p, S).
 */
public final class StudentFieldTable {
    public static final int SIZE = 4;
    static final double STEP = 0.2;
    private static final double T_MIN = -9.5;
    private static final int FINE_CELLS = 98;
    private static final double T_COARSE = T_MIN + FINE_CELLS * STEP;   // 10.1
    private static final double COARSE_STEP = 1;
    private static final int NODES = FINE_CELLS + (int) (400 / COARSE_STEP) + 2;
    private static final GaussianQuadrature SMOOTH = new GaussianQuadrature(9.6, 0.4);

    private final double qe;
    private final double sq;
    private final double s1;
    private final double[][] rows = new double[NODES][];   // [node][12]: values, t-slopes, second t-derivatives

    public StudentFieldTable(double qe) {
        this.qe = qe;
        this.sq = Math.sqrt(qe);
        this.s1 = Math.sqrt(1 - qe);
    }

    /** Writes M0, M1, M2, M4 at t into out[0..3]. */
    public void at(double t, double[] out) {
        if (t < T_MIN) {
            out[0] = out[1] = out[2] = out[3] = 0;
            return;
        }
        double x = t < T_COARSE ? (t - T_MIN) / STEP : FINE_CELLS + (t - T_COARSE) / COARSE_STEP;
        int k = (int) x;
        if (qe < 1e-12 || k + 1 >= NODES) {
            double[] row = integrals(t);
            System.arraycopy(row, 0, out, 0, SIZE);
            return;
        }
        double[] lo = rows[k] != null ? rows[k] : (rows[k] = integrals(position(k)));
        double[] hi = rows[k + 1] != null ? rows[k + 1] : (rows[k + 1] = integrals(position(k + 1)));
        double h = k < FINE_CELLS ? STEP : COARSE_STEP;
        double u = x - k;
        double u2 = u * u;
        double u3 = u2 * u;
        double u4 = u3 * u;
        double u5 = u4 * u;
        double h0 = 1 - 10 * u3 + 15 * u4 - 6 * u5;
        double h1 = (u - 6 * u3 + 8 * u4 - 3 * u5) * h;
        double h2 = 0.5 * (u2 - 3 * u3 + 3 * u4 - u5) * h * h;
        double h3 = 10 * u3 - 15 * u4 + 6 * u5;
        double h4 = (-4 * u3 + 7 * u4 - 3 * u5) * h;
        double h5 = 0.5 * (u3 - 2 * u4 + u5) * h * h;
        for (int i = 0; i < SIZE; i++) {
            out[i] = h0 * lo[i] + h1 * lo[SIZE + i] + h2 * lo[2 * SIZE + i]
                    + h3 * hi[i] + h4 * hi[SIZE + i] + h5 * hi[2 * SIZE + i];
        }
    }

    /** t at grid node k. */
    private static double position(int k) {
        return k <= FINE_CELLS ? T_MIN + k * STEP : T_COARSE + (k - FINE_CELLS) * COARSE_STEP;
    }

    /** The four integrals and their first and second t-derivatives at one t. */
    private double[] integrals(double t) {
        double[] row = new double[3 * SIZE];
        double[] f = new double[3 * SIZE];
        if (qe < 1e-12) {
            pointwise(t, f);
            return f;
        }
        if (s1 / sq >= 0.7) {
            for (int i = 0; i < SMOOTH.size(); i++) {
                accumulate(row, f, SMOOTH.weight(i), (t - sq * SMOOTH.node(i)) / s1);
            }
        } else {
            GradedGaussianRule rule = GradedGaussianRule.around(t / sq, s1 / sq, (t + 9.5 * s1) / sq, GaussLegendre.TEN);
            for (int i = 0; i < rule.size(); i++) {
                accumulate(row, f, rule.weight(i), (t - sq * rule.node(i)) / s1);
            }
        }
        for (int j = SIZE; j < 2 * SIZE; j++) {
            row[j] /= s1;
            row[j + SIZE] /= (1 - qe);
        }
        return row;
    }

    private static void accumulate(double[] row, double[] f, double w, double v) {
        pointwise(v, f);
        for (int j = 0; j < row.length; j++) {
            row[j] += w * f[j];
        }
    }

    /** ln H, g, g', r^2 at v, then their first and second v-derivatives. */
    private static void pointwise(double v, double[] f) {
        double r = Gaussian.gOverH(v);
        double r1 = r * (r - v);                              // r'
        double r2 = r1 * (2 * r - v) - r;                     // r''
        double r3 = r2 * (2 * r - v) + r1 * (2 * r1 - 1) - r1; // r'''
        f[0] = Gaussian.lnH(v);
        f[1] = -r;
        f[2] = -r1;
        f[3] = r * r;
        f[4] = -r;
        f[5] = -r1;
        f[6] = -r2;
        f[7] = 2 * r * r1;
        f[8] = -r1;
        f[9] = -r2;
        f[10] = -r3;
        f[11] = 2 * (r1 * r1 + r * r2);
    }
}
