package org.phaselab.theory.randomfeatures;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.progress.Monitor;

/**
 * A cut through the phase diagram at fixed alphaD = P/D: as N grows at fixed P and D (alpha = P/N falls), the
 * typical entropy, the generalization errors of typical interpolators, of the Bayesian ensemble and of the
 * maximum-margin solutions, and the interpolation threshold on the cut. Saddles are warm-started along the grid.
 */
public final class OverparameterizationCut {
    /** The cut: points in grid order and the interpolation threshold at this alphaD. */
    public record Result(double alphaD, List<CutPoint> points, ThresholdResult interpolation) {
        public Result {
            points = List.copyOf(points);
        }
    }

    private final RandomFeaturesSolver solver;
    private final MaxMarginReference maxMargin;
    private final InterpolationThreshold threshold;

    public OverparameterizationCut(RandomFeaturesSolver solver) {
        this.solver = solver;
        this.maxMargin = new MaxMarginReference(solver);
        this.threshold = new InterpolationThreshold(solver);
    }

    public OverparameterizationCut() {
        this(RandomFeaturesSolver.DEFAULT);
    }

    /** Reports progress after every point; throws CancelledException when the monitor asks. */
    public Result compute(double alphaD, double[] alphas, Monitor monitor) {
        List<CutPoint> points = new ArrayList<>();
        OrderParameters warm = OrderParameters.START;
        for (int i = 0; i < alphas.length; i++) {
            monitor.checkCancelled();
            RandomFeaturesModel model = RandomFeaturesModel.sign(alphas[i], alphaD);
            RandomFeaturesSaddle typical = solver.solve(model, warm);
            if (!typical.converged() && warm != OrderParameters.START) {
                typical = solver.solve(model);
            }
            if (typical.converged()) {
                warm = typical.order();
            }
            double kappaMax = Double.NaN;
            double epsMaxMargin = Double.NaN;
            if (typical.converged() && typical.entropy() > 0) {
                ThresholdResult k = maxMargin.kappaMax(model, monitor);
                if (k.converged()) {
                    kappaMax = k.value();
                    epsMaxMargin = k.saddle().epsTypical();
                }
            }
            points.add(new CutPoint(alphas[i], 1 / alphas[i], typical.entropy(), typical.epsTypical(),
                    typical.epsBayes(), kappaMax, epsMaxMargin, typical.convergence()));
            monitor.progress((i + 1) / (alphas.length + 1.0));
        }
        ThresholdResult t = threshold.alphaC(alphaD, monitor);
        monitor.progress(1.0);
        return new Result(alphaD, points, t);
    }
}
