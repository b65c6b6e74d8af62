package org.phaselab.theory.localentropy;

/**
 * The two nested Gaussian averages of a one-step RSB group of students (docs/local-entropy-1rsb.md, 1RSB 3), for a
 * site function f (ln H of the pattern field, or ln 2cosh of the weight field):
 * <pre>
 *   Psi(y)   = int Dz1 (1/m) ln int Dzb exp(m f(y - sigma0 z1 - sigma1 zb))
 * </pre>
 * tabulated on a uniform grid in y and interpolated by natural cubic splines. The inner (zb, block) average is a
 * trapezoid rule on the grid's own lattice (its step a multiple of the grid step, at most the one asked for), its
 * weights normalised at each grid point in the log domain, so e^{m f} never under- or overflows; the outer (z1)
 * average is a discrete convolution on the grid (a trapezoid rule whose nodes are grid points). Alongside Psi the
 * table holds, as averages over z1 of block averages
 * {@code <.>} = int Dzb e^{m f} (.) / int Dzb e^{m f}:
 * <ul>
 *   <li>{@link #MEAN}: &lt;f&gt; (for d Psi/d m = E[&lt;f&gt; - Psi]/m);</li>
 *   <li>{@link #FIRST}: &lt;f'&gt; = d Psi/dy;</li>
 *   <li>{@link #FIRST_SQUARED}: &lt;f'&gt;^2 (gives the inter-block overlap or its conjugate);</li>
 *   <li>{@link #SECOND_MOMENT}: &lt;f'^2&gt; (the intra-block one);</li>
 *   <li>{@link #CURVATURE}: &lt;f''&gt; + m (&lt;f'^2&gt; - &lt;f'&gt;^2) = 2 d Psi/d sigma0^2;</li>
 *   <li>{@link #CURVATURE_SQUARED}: &lt;f''^2&gt; (the replicon of RS students, sigma1 = 0).</li>
 * </ul>
 * Immutable once built.
 */
final class OneStepAverage {
    /** A site function: writes f(x), f'(x), f''(x) into out[0..2]. */
    @FunctionalInterface
    interface SiteFunction {
        void at(double x, double[] out);
    }

    static final int VALUE = 0, MEAN = 1, FIRST = 2, FIRST_SQUARED = 3, SECOND_MOMENT = 4, CURVATURE = 5,
            CURVATURE_SQUARED = 6, COUNT = 7;
    /**
     * Grid nodes beyond the range asked for (and the outer average's reach) at each end: a natural spline's end error
     * decays by 2 - sqrt 3 = 0.27 a node inward (Numerical Recipes, 3rd ed., section 3.3), so by 3e-5 over these.
     */
    private static final int END_NODES = 8;
    /** Both Gaussian averages are cut at |z| = this (G(9) = 1e-18). */
    private static final double Z_RANGE = 9;

    private final double start;
    private final double step;
    private final CubicSplines splines;

    /**
     * @param from, to   the range of y the table must cover (the outer convolution's reach is added)
     * @param step       grid step in y
     * @param blockStep  largest trapezoid step in zb (the block average)
     */
    OneStepAverage(SiteFunction f, double m, double sigma0, double sigma1, double from, double to, double step,
                   double blockStep) {
        double reach = Z_RANGE * sigma0 + END_NODES * step;
        this.start = from - reach;
        this.step = step;
        int n = (int) Math.ceil((to + reach - start) / step) + 1;
        double[][] block = new double[COUNT][n];
        // block nodes on the grid's own lattice: y - sigma1 zb_j = y_{i - r j}, zb step r step/sigma1 (at most
        // blockStep), so f is evaluated once per lattice point
        int r = sigma1 > 0 ? Math.max(1, (int) Math.floor(blockStep * sigma1 / step)) : 1;
        double dz = sigma1 > 0 ? r * step / sigma1 : 1;
        int taps = sigma1 > 0 ? (int) Math.floor(Z_RANGE / dz) : 0;
        int pad = r * taps;
        double[][] site = new double[n + 2 * pad][3];
        for (int k = 0; k < site.length; k++) {
            f.at(start + (k - pad) * step, site[k]);
        }
        double[] gaussian = new double[2 * taps + 1];
        double gauss = 0;
        for (int j = -taps; j <= taps; j++) {
            gaussian[j + taps] = -0.5 * (j * dz) * (j * dz);
            gauss += Math.exp(gaussian[j + taps]);
        }
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = -taps; j <= taps; j++) {
                max = Math.max(max, gaussian[j + taps] + m * site[i + pad - r * j][0]);
            }
            double norm = 0, mean = 0, first = 0, second = 0, curv = 0, curv2 = 0;
            for (int j = -taps; j <= taps; j++) {
                double[] x = site[i + pad - r * j];
                double w = Math.exp(gaussian[j + taps] + m * x[0] - max);
                norm += w;
                mean += w * x[0];
                first += w * x[1];
                second += w * x[1] * x[1];
                curv += w * x[2];
                curv2 += w * x[2] * x[2];
            }
            first /= norm;
            second /= norm;
            block[VALUE][i] = (max + Math.log(norm / gauss)) / m;
            block[MEAN][i] = mean / norm;
            block[FIRST][i] = first;
            block[FIRST_SQUARED][i] = first * first;
            block[SECOND_MOMENT][i] = second;
            block[CURVATURE][i] = curv / norm + m * (second - first * first);
            block[CURVATURE_SQUARED][i] = curv2 / norm;
        }
        double[][] table = new double[COUNT][];
        for (int k = 0; k < COUNT; k++) {
            table[k] = smooth(block[k], step, sigma0);
        }
        this.splines = new CubicSplines(table);
    }

    /** Writes the {@link #COUNT} averages at y into out. */
    void at(double y, double[] out) {
        splines.at((y - start) / step, out);
    }

    /** Largest trapezoid step in z1 of the outer average (the integrands are smooth on the scale 1 in z1). */
    private static final double OUTER_STEP = 0.2;

    /**
     * The outer average int Dz1 g(y - sigma0 z1) at every grid point: a trapezoid rule on the grid's own nodes, of
     * step r step/sigma0 in z1 (r the largest integer keeping it below {@link #OUTER_STEP}); edges held constant,
     * outside the range asked for. When one grid step is already above OUTER_STEP in z1 (sigma0 small against the
     * grid) the nodes y - sigma0 z1 fall between grid points: g is read there from its spline.
     */
    private static double[] smooth(double[] g, double step, double sigma0) {
        if (!(sigma0 > 0)) {
            return g.clone();
        }
        double unit = step / sigma0;
        if (unit > OUTER_STEP) {
            return smoothBetweenNodes(g, sigma0 / step);
        }
        int r = Math.max(1, (int) Math.floor(OUTER_STEP / unit));
        double dz = r * unit;
        int taps = (int) Math.floor(Z_RANGE / dz);
        double[] w = new double[2 * taps + 1];
        double sum = 0;
        for (int j = -taps; j <= taps; j++) {
            w[j + taps] = Math.exp(-0.5 * (j * dz) * (j * dz));
            sum += w[j + taps];
        }
        double[] out = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            double s = 0;
            for (int j = -taps; j <= taps; j++) {
                int k = Math.min(g.length - 1, Math.max(0, i - r * j));
                s += w[j + taps] * g[k];
            }
            out[i] = s / sum;
        }
        return out;
    }

    /** int Dz1 g(y - sigma0 z1) with z1 on a trapezoid rule of step {@link #OUTER_STEP}, g from its spline. */
    private static double[] smoothBetweenNodes(double[] g, double sigmaInSteps) {
        CubicSplines spline = new CubicSplines(new double[][] {g});
        int taps = (int) Math.floor(Z_RANGE / OUTER_STEP);
        double[] v = new double[1];
        double[] out = new double[g.length];
        double sum = 0;
        for (int j = -taps; j <= taps; j++) {
            sum += Math.exp(-0.5 * (j * OUTER_STEP) * (j * OUTER_STEP));
        }
        for (int i = 0; i < g.length; i++) {
            double s = 0;
            for (int j = -taps; j <= taps; j++) {
                double z = j * OUTER_STEP;
                spline.at(i - sigmaInSteps * z, v);
                s += Math.exp(-0.5 * z * z) * v[0];
            }
            out[i] = s / sum;
        }
        return out;
    }
}
