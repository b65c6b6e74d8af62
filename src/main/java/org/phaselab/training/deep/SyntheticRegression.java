package org.phaselab.training.deep;

import org.phaselab.training.data.Gaussian;
import java.util.SplittableRandom;

/** Draws a {@link RegressionData} set from a {@link RegressionSpec}, optionally whitened to a = c = 1. */
public final class SyntheticRegression {
    private SyntheticRegression() {}

    public static RegressionData generate(RegressionSpec spec) {
        int n = spec.samples();
        int d = spec.dimension();
        SplittableRandom rng = new SplittableRandom(spec.seed());
        double[] teacher = new double[d];
        double norm = 0;
        for (int i = 0; i < d; i++) {
            teacher[i] = Gaussian.next(rng);
            norm += teacher[i] * teacher[i];
        }
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int mu = 0; mu < n; mu++) {
            double dot = 0;
            for (int i = 0; i < d; i++) {
                x[mu * d + i] = Gaussian.next(rng);
                dot += teacher[i] * x[mu * d + i];
            }
            y[mu] = dot / Math.sqrt(norm) + spec.noise() * Gaussian.next(rng);
        }
        if (spec.whitened()) {
            whiten(x, n, d);
            double scale = 1 / Math.sqrt(dot(crossMoment(x, y, n, d), crossMoment(x, y, n, d)));
            for (int mu = 0; mu < n; mu++) {
                y[mu] *= scale;
            }
        }
        return withMoments(x, y, n, d);
    }

    /** Computes a, c and E[y^2] along n = E[x y]/||E[x y]|| from the sample. */
    static RegressionData withMoments(double[] x, double[] y, int n, int d) {
        double[] e = crossMoment(x, y, n, d);
        double c = Math.sqrt(dot(e, e));
        double a = 0;
        double y2 = 0;
        for (int mu = 0; mu < n; mu++) {
            double proj = 0;
            for (int i = 0; i < d; i++) {
                proj += x[mu * d + i] * e[i] / c;
            }
            a += proj * proj / n;
            y2 += y[mu] * y[mu] / n;
        }
        return new RegressionData(x, y, n, d, a, c, y2);
    }

    /** x &lt;- x L^(-T) with Sigma = X^T X / n = L L^T (Cholesky), so the new empirical covariance is I. */
    private static void whiten(double[] x, int n, int d) {
        double[][] chol = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int mu = 0; mu < n; mu++) {
                    s += x[mu * d + i] * x[mu * d + j] / n;
                }
                for (int k = 0; k < j; k++) {
                    s -= chol[i][k] * chol[j][k];
                }
                if (i == j && !(s > 0)) {
                    throw new IllegalArgumentException("sample covariance is singular; draw more samples");
                }
                chol[i][j] = i == j ? Math.sqrt(s) : s / chol[j][j];
            }
        }
        double[] row = new double[d];
        for (int mu = 0; mu < n; mu++) { // solve L z = x_mu by forward substitution
            for (int i = 0; i < d; i++) {
                double s = x[mu * d + i];
                for (int k = 0; k < i; k++) {
                    s -= chol[i][k] * row[k];
                }
                row[i] = s / chol[i][i];
            }
            System.arraycopy(row, 0, x, mu * d, d);
        }
    }

    private static double[] crossMoment(double[] x, double[] y, int n, int d) {
        double[] e = new double[d];
        for (int mu = 0; mu < n; mu++) {
            for (int i = 0; i < d; i++) {
                e[i] += x[mu * d + i] * y[mu] / n;
            }
        }
        return e;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
