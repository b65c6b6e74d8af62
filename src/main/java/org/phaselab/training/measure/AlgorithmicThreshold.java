package org.phaselab.training.measure;

import java.util.List;

/**
 * The algorithmic threshold alpha_alg of one algorithm at one N: the load where its solved fraction (over seeds,
 * within a time budget per run) falls through 1/2. Scanning the alpha grid upwards, the first pair of neighbouring
 * points with fraction >= 1/2 and then < 1/2 brackets it, and the straight line between them gives alpha_alg. A grid
 * that never solves half the seeds puts alpha_alg below its first point; one that always does, above its last;
 * either way no value is made up.
 *
 * @param alpha where the fraction crosses 1/2 (NaN unless {@code kind == FOUND})
 * @param kind  found inside the grid, below it, above it, or no finished point at all
 */
public record AlgorithmicThreshold(double alpha, Kind kind) {
    public enum Kind { FOUND, BELOW_GRID, ABOVE_GRID, NO_DATA }

    public boolean found() {
        return kind == Kind.FOUND;
    }

    /** From the points of one sweep in increasing alpha; points without a finished run are skipped. */
    public static AlgorithmicThreshold of(List<SweepPoint> points) {
        double[] alphas = new double[points.size()];
        double[] fractions = new double[points.size()];
        int m = 0;
        for (SweepPoint p : points) {
            if (p.runs() > 0) {
                alphas[m] = p.alpha();
                fractions[m] = p.solvedFraction();
                m++;
            }
        }
        return of(alphas, fractions, m);
    }

    /** The first downward crossing of 1/2 among the first m (alpha, fraction) pairs, alpha increasing. */
    static AlgorithmicThreshold of(double[] alphas, double[] fractions, int m) {
        if (m == 0) {
            return new AlgorithmicThreshold(Double.NaN, Kind.NO_DATA);
        }
        if (fractions[0] < 0.5) {
            return new AlgorithmicThreshold(Double.NaN, Kind.BELOW_GRID);
        }
        for (int i = 1; i < m; i++) {
            if (fractions[i] < 0.5) {
                double t = (fractions[i - 1] - 0.5) / (fractions[i - 1] - fractions[i]);
                return new AlgorithmicThreshold(alphas[i - 1] + t * (alphas[i] - alphas[i - 1]), Kind.FOUND);
            }
        }
        return new AlgorithmicThreshold(Double.NaN, Kind.ABOVE_GRID);
    }
}
