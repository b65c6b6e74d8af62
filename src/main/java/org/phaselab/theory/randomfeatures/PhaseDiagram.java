package org.phaselab.theory.randomfeatures;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.progress.Monitor;

/**
 * The phase diagram of the random-features perceptron: for each alphaD of a grid, the interpolation
 * threshold alpha_c (typical solutions appear for N/P > 1/alpha_c). The local-entropy line alpha_LE (about 1 s a
 * row) is left NaN here and computed row by row by {@link AtypicalTransition}.
 */
public final class PhaseDiagram {
    /** The whole diagram, rows in the order of the grid. */
    public record Result(List<PhaseDiagramPoint> points) {
        public Result {
            points = List.copyOf(points);
        }
    }

    private final InterpolationThreshold threshold;

    public PhaseDiagram(RandomFeaturesSolver solver) {
        this.threshold = new InterpolationThreshold(solver);
    }

    public PhaseDiagram() {
        this(RandomFeaturesSolver.DEFAULT);
    }

    /** Reports progress after every row; throws CancelledException when the monitor asks. */
    public Result compute(double[] alphaDs, Monitor monitor) {
        List<PhaseDiagramPoint> rows = new ArrayList<>();
        for (int i = 0; i < alphaDs.length; i++) {
            monitor.checkCancelled();
            ThresholdResult t = threshold.alphaC(alphaDs[i], monitor);
            double ac = t.converged() ? t.value() : Double.NaN;
            double eps = t.converged() ? t.saddle().epsTypical() : Double.NaN;
            rows.add(new PhaseDiagramPoint(alphaDs[i], ac, 1 / ac, Double.NaN, Double.NaN, eps, t.convergence()));
            monitor.progress((i + 1) / (double) alphaDs.length);
        }
        return new Result(rows);
    }
}
