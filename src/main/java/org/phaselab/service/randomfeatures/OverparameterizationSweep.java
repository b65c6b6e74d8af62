package org.phaselab.service.randomfeatures;

import java.util.List;

/**
 * A training sweep over the number of weights N at fixed P and D on hidden-manifold data (the cut's alpha_D =
 * P/D): at each N, {@code seeds} problems and runs (seed s draws the data and seeds the trainer).
 *
 * @param alphaD    P/D of the data (the cut it belongs to)
 * @param p         training patterns P
 * @param d         latent dimension D = round(P/alphaD)
 * @param algorithm the training lab's algorithm key, e.g. "cpr"
 * @param seeds     runs per N
 * @param points    one per N, in order of growing N
 */
public record OverparameterizationSweep(double alphaD, int p, int d, String algorithm, int seeds, List<OverparameterizationSweep.Point> points) {
    public OverparameterizationSweep {
        points = List.copyOf(points);
    }

    /**
     * One N of the sweep.
     *
     * @param n                number of weights N
     * @param runs             runs finished
     * @param solved           runs that reached zero training errors within the budget
     * @param meanTestError    mean test error of the solved runs (the interpolators found); NaN if none solved
     * @param testErrorStderr  its standard error over those runs (NaN below two)
     * @param localEnergy      local energy E(p) of those solutions, one per flip fraction of the sweep in growing p
     *                         (HiddenManifoldSweep#FLIP_FRACTIONS); empty if not measured
     */
    public record Point(int n, int runs, int solved, double meanTestError, double testErrorStderr,
                        List<SolvedLocalEnergy> localEnergy) {
        public Point {
            localEnergy = List.copyOf(localEnergy);
        }

        /** A point without local energy. */
        public Point(int n, int runs, int solved, double meanTestError, double testErrorStderr) {
            this(n, runs, solved, meanTestError, testErrorStderr, List.of());
        }

        /** The local energy at flip fraction p, or null if the sweep did not measure it there. */
        public SolvedLocalEnergy localEnergyAt(double p) {
            return localEnergy.stream().filter(e -> e.p() == p).findFirst().orElse(null);
        }

        public double solvedFraction() {
            return runs == 0 ? Double.NaN : solved / (double) runs;
        }

        /** Binomial standard error of the solved fraction. */
        public double solvedFractionStderr() {
            double f = solvedFraction();
            return runs == 0 ? Double.NaN : Math.sqrt(f * (1 - f) / runs);
        }
    }

    /** The flip fractions p at which the local energy was measured (those of the first point; empty if none). */
    public double[] flipFractions() {
        return points.isEmpty() ? new double[0] : points.get(0).localEnergy().stream().mapToDouble(SolvedLocalEnergy::p).toArray();
    }

    /** N/P of a point. */
    public double overparameterization(Point point) {
        return point.n() / (double) p;
    }
}
