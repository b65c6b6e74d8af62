package org.phaselab.training.jamming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

/**
 * The spherical perceptron's SAT fraction over a grid of loads alpha at one (N, kappa), seeds run in
 * parallel; each alpha is reported as soon as its seeds are done. The crossing of 1/2 is the
 * measured alpha_J, to be compared with {@link JammingLine#alpha(double)}.
 */
public final class PerceptronScan {
    /** One load: fraction of SAT seeds, mean contacts per weight, runs that hit the step budget. */
    public record Point(double alpha, int n, double kappa, double satFraction, double contactsPerWeight, int unconverged) {}

    public static final int MAX_STEPS = 100_000;

    private PerceptronScan() {}

    public static List<Point> run(int n, double kappa, double[] alphas, int seeds, int threads, Monitor monitor,
                                  Consumer<Point> onPoint) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "phaselab-perceptron-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<double[]> done = new ExecutorCompletionService<>(pool);
            for (int a = 0; a < alphas.length; a++) {
                for (int s = 1; s <= seeds; s++) {
                    int index = a;
                    long seed = s;
                    done.submit(() -> {
                        SphericalPerceptron.Run r = SphericalPerceptron.train(n, alphas[index], kappa, seed, MAX_STEPS, monitor);
                        return new double[] {index, r.sat() ? 1 : 0, r.contacts(), r.converged() ? 0 : 1};
                    });
                }
            }
            double[][] sums = new double[alphas.length][4];
            Point[] points = new Point[alphas.length];
            int total = alphas.length * seeds;
            for (int finished = 0; finished < total; finished++) {
                double[] r = take(done);
                int a = (int) r[0];
                sums[a][0]++;
                sums[a][1] += r[1];
                sums[a][2] += r[2];
                sums[a][3] += r[3];
                if (sums[a][0] == seeds) {
                    points[a] = new Point(alphas[a], n, kappa, sums[a][1] / seeds, sums[a][2] / seeds / n, (int) sums[a][3]);
                    onPoint.accept(points[a]);
                }
                monitor.progress((finished + 1) / (double) total);
            }
            return new ArrayList<>(List.of(points));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where the SAT fraction first drops through 1/2, linearly interpolated; NaN if it never does. */
    public static double crossing(List<Point> points) {
        for (int i = 1; i < points.size(); i++) {
            Point lo = points.get(i - 1);
            Point hi = points.get(i);
            if (lo.satFraction() >= 0.5 && hi.satFraction() < 0.5) {
                double t = (lo.satFraction() - 0.5) / (lo.satFraction() - hi.satFraction());
                return lo.alpha() + t * (hi.alpha() - lo.alpha());
            }
        }
        return Double.NaN;
    }

    private static double[] take(CompletionService<double[]> done) throws InterruptedException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancelledException c) {
                throw c;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
