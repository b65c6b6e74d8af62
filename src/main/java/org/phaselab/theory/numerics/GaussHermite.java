package org.phaselab.theory.numerics;

/**
 * Gauss-Hermite rule with n nodes for int Dz f(z), Dz the standard normal measure (probabilists' form): exact for
 * polynomials of degree 2n - 1; for f(z) = F(c z) with F analytic on a unit scale the error is ~ n! c^(2n), so a
 * dozen nodes integrate a function that varies slowly over the Gaussian (c &lt;~ 0.1) to rounding. Nodes by Newton's
 * method on the orthonormal Hermite recurrence from the asymptotic guesses of Press et al., Numerical Recipes,
 * 3rd ed., section 4.6 (gauher), then z = sqrt(2) x, weight w / sqrt(pi).
 */
public final class GaussHermite {
    private final double[] z;
    private final double[] w;

    public GaussHermite(int n) {
        double[] x = new double[n];
        double[] wt = new double[n];
        double pim4 = Math.pow(Math.PI, -0.25);
        double guess = 0;
        for (int i = 0; i < (n + 1) / 2; i++) {
            if (i == 0) {
                guess = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -1.0 / 6);
            } else if (i == 1) {
                guess -= 1.14 * Math.pow(n, 0.426) / guess;
            } else if (i == 2) {
                guess = 1.86 * guess - 0.86 * x[0];
            } else if (i == 3) {
                guess = 1.91 * guess - 0.91 * x[1];
            } else {
                guess = 2 * guess - x[i - 2];
            }
            double pp = 0;
            for (int it = 0; it < 100; it++) {
                double p1 = pim4;
                double p2 = 0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = guess * Math.sqrt(2.0 / (j + 1)) * p2 - Math.sqrt((double) j / (j + 1)) * p3;
                }
                pp = Math.sqrt(2.0 * n) * p2;
                double dx = p1 / pp;
                guess -= dx;
                if (Math.abs(dx) < 1e-15) {
                    break;
                }
            }
            x[i] = guess;
            x[n - 1 - i] = -guess;
            wt[i] = 2 / (pp * pp);
            wt[n - 1 - i] = wt[i];
        }
        z = new double[n];
        w = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = Math.sqrt(2) * x[i];
            w[i] = wt[i] / Math.sqrt(Math.PI);
        }
    }

    public int size() {
        return z.length;
    }

    public double node(int i) {
        return z[i];
    }

    /** The weight of node i for the standard normal measure (the weights sum to 1). */
    public double weight(int i) {
        return w[i];
    }
}
