package org.phaselab.training.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where an algorithm's threshold goes as N grows. Assumption (stated wherever the number is shown): the finite-size
 * correction is a power law with exponent 1/2,
 * <pre>
 *   alpha_alg(N) = alpha_inf - a N^(-1/2),
 * </pre>
 * i.e. a straight line in x = N^(-1/2), fitted by least squares to the measured thresholds (at least two sizes).
 * Its uncertainty has two parts, added in quadrature: the seeds (a parametric bootstrap: each point's solved count
 * redrawn from Binomial(runs, solved/runs), which is resampling its seeds with replacement, the thresholds found
 * again and refitted, {@link #RESAMPLES} times; the standard deviation of alpha_inf over the resamples whose
 * thresholds are all found), and, with three sizes or more, the misfit of the line (the standard error of its
 * intercept from the residuals). A size whose threshold lies outside its alpha grid does not enter the fit.
 *
 * @param alphaInf       the intercept at N = infinity (NaN with fewer than two usable sizes)
 * @param slope          a, in alpha per N^(-1/2)
 * @param uncertainty    one standard deviation of alphaInf (seeds and misfit; NaN if not estimated)
 * @param seedSpread     its bootstrap part
 * @param misfit         its residual part (0 with two sizes)
 * @param sizes          the N that entered the fit
 * @param usedResamples  bootstrap resamples in which every threshold was found
 */
public record FiniteSizeExtrapolation(double alphaInf, double slope, double uncertainty, double seedSpread,
                                      double misfit, int[] sizes, int usedResamples) {
    /** Bootstrap resamples per fit. */
    public static final int RESAMPLES = 400;

    public FiniteSizeExtrapolation {
        sizes = sizes.clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    public boolean valid() {
        return Double.isFinite(alphaInf);
    }

    /** One algorithm's sweeps at several N (each in increasing alpha), with a seed for the bootstrap. */
    public static FiniteSizeExtrapolation fit(int[] n, List<List<SweepPoint>> sweeps, long seed) {
        List<Integer> used = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        for (int s = 0; s < n.length; s++) {
            AlgorithmicThreshold t = AlgorithmicThreshold.of(sweeps.get(s));
            if (t.found()) {
                used.add(s);
                thresholds.add(t.alpha());
            }
        }
        int[] sizes = used.stream().mapToInt(s -> n[s]).toArray();
        if (used.size() < 2) {
            return new FiniteSizeExtrapolation(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, sizes, 0);
        }
        double[] x = new double[used.size()];
        double[] y = new double[used.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 / Math.sqrt(sizes[i]);
            y[i] = thresholds.get(i);
        }
        Line line = Line.fit(x, y);
        SplittableRandom rng = new SplittableRandom(seed);
        double sum = 0;
        double sumSq = 0;
        int ok = 0;
        double[] yb = new double[x.length];
        for (int b = 0; b < RESAMPLES; b++) {
            boolean all = true;
            for (int i = 0; i < x.length && all; i++) {
                AlgorithmicThreshold t = resampled(sweeps.get(used.get(i)), rng);
                all = t.found();
                yb[i] = t.alpha();
            }
            if (all) {
                double a = Line.fit(x, yb).intercept;
                sum += a;
                sumSq += a * a;
                ok++;
            }
        }
        double seedSpread = ok < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSq - sum * sum / ok) / (ok - 1)));
        double total = Math.sqrt(seedSpread * seedSpread + line.interceptError * line.interceptError);
        return new FiniteSizeExtrapolation(line.intercept, -line.slope, total, seedSpread, line.interceptError, sizes, ok);
    }

    /** The threshold of one sweep with every point's solved count redrawn from its binomial. */
    private static AlgorithmicThreshold resampled(List<SweepPoint> points, SplittableRandom rng) {
        double[] alphas = new double[points.size()];
        double[] fractions = new double[points.size()];
        int m = 0;
        for (SweepPoint p : points) {
            if (p.runs() == 0) {
                continue;
            }
            double f = p.solvedFraction();
            int solved = 0;
            for (int r = 0; r < p.runs(); r++) {
                solved += rng.nextDouble() < f ? 1 : 0;
            }
            alphas[m] = p.alpha();
            fractions[m] = solved / (double) p.runs();
            m++;
        }
        return AlgorithmicThreshold.of(alphas, fractions, m);
    }

    /** y = intercept + slope x by least squares, with the residual standard error of the intercept (0 for two points). */
    record Line(double intercept, double slope, double interceptError) {
        static Line fit(double[] x, double[] y) {
            int m = x.length;
            double mx = 0;
            double my = 0;
            for (int i = 0; i < m; i++) {
                mx += x[i] / m;
                my += y[i] / m;
            }
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < m; i++) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
            double slope = sxy / sxx;
            double intercept = my - slope * mx;
            double error = 0;
            if (m > 2) {
                double rss = 0;
                double sumX2 = 0;
                for (int i = 0; i < m; i++) {
                    double r = y[i] - intercept - slope * x[i];
                    rss += r * r;
                    sumX2 += x[i] * x[i];
                }
                error = Math.sqrt(rss / (m - 2) * sumX2 / (m * sxx));
            }
            return new Line(intercept, slope, error);
        }
    }
}
