package org.phaselab.theory.deeplinear;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.progress.Monitor;

/** b*(gamma) with both branches and the loss derivatives on a grid of gamma, for plots and the CLI. */
public final class OrderParameterCurve {
    private final StationaryPointSolver solver = new StationaryPointSolver();

    /**
     * @param gammaFrom first gamma (&gt;= 0)
     * @param gammaTo   last gamma
     * @param count     number of points, inclusive at both ends (&gt;= 2)
     */
    public List<BranchPoint> compute(DeepLinearModel model, double gammaFrom, double gammaTo, int count, Monitor monitor) {
        if (count < 2) {
            throw new IllegalArgumentException("count must be >= 2, got " + count);
        }
        List<BranchPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            monitor.checkCancelled();
            double gamma = gammaFrom + (gammaTo - gammaFrom) * i / (count - 1);
            points.add(BranchPoint.from(solver.solve(model, gamma)));
            monitor.progress((i + 1.0) / count);
        }
        return List.copyOf(points);
    }
}
