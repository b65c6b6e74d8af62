package org.phaselab.service.deep;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.theory.deeplinear.BranchPoint;
import org.phaselab.theory.deeplinear.DeepLinearModel;
import org.phaselab.theory.deeplinear.OrderParameterCurve;
import org.phaselab.theory.deeplinear.ReducedLoss;
import org.phaselab.theory.deeplinear.StationaryPointSolver;
import org.phaselab.theory.deeplinear.Transition;
import org.phaselab.theory.deeplinear.TransitionFinder;
import org.phaselab.progress.Monitor;
import org.phaselab.training.Activation;
import org.phaselab.training.deep.RegressionSpec;
import org.phaselab.training.deep.DescentSettings;
import org.phaselab.training.deep.GammaSweep;
import org.phaselab.training.deep.SweepSpec;

/** The computations behind the deep-transition panel, with a = c = 1 (whitened data). */
public final class DeepTransitionBackend {
    /** Grid of the landscape plot. */
    public static final int LANDSCAPE_POINTS = 241;
    /** Points of the b*(gamma) theory curves on [0, DeepScene.GAMMA_MAX]. */
    public static final int DIAGRAM_POINTS = 481;
    /** Smallest gamma of a training sweep (below it weight decay barely acts within the step budget). */
    public static final double SWEEP_GAMMA_MIN = 0.02;
    private final StationaryPointSolver solver = new StationaryPointSolver();

    public static DeepLinearModel model(int depth) {
        return DeepLinearModel.of(depth, 1.0, 1.0);
    }

    /** Largest b shown: 1.25 (c/a)^(1/(D+1)) = 1.25, beyond every stationary point (see StationaryPointSolver). */
    public static final double B_MAX = 1.25;

    public LandscapeCurve landscape(int depth, double gamma) {
        DeepLinearModel model = model(depth);
        ReducedLoss loss = new ReducedLoss(model, gamma);
        double[] b = new double[LANDSCAPE_POINTS];
        double[] l = new double[LANDSCAPE_POINTS];
        for (int i = 0; i < b.length; i++) {
            b[i] = B_MAX * i / (b.length - 1);
            l[i] = loss.loss(b[i]);
        }
        return new LandscapeCurve(solver.solve(model, gamma), b, l);
    }

    public PhaseDiagram phaseDiagram(int depth, double gammaMax, int points, Monitor monitor) {
        DeepLinearModel model = model(depth);
        Transition t = new TransitionFinder().find(model);
        List<BranchPoint> curve = new ArrayList<>(new OrderParameterCurve().compute(model, 0.0, gammaMax, points, monitor));
        // add the points just either side of gamma_c so the jump is drawn as a jump, not a slope
        if (Double.isFinite(t.gammaC()) && t.gammaC() < gammaMax) {
            curve.addAll(new OrderParameterCurve().compute(model, t.gammaC() * (1 - 1e-9), t.gammaC() * (1 + 1e-9), 2, Monitor.NONE));
            curve.sort(java.util.Comparator.comparingDouble(BranchPoint::gamma));
        }
        return new PhaseDiagram(t, curve, gammaMax);
    }

    /**
     * Sweeps gamma up from {@code gammaMin} to {@code gammaMax} and down again, each from a fresh start
     * (layer norm 1), on whitened data (d = 8, n = 100, noise 0.3) with the given seed.
     */
    public SweepPair sweeps(int depth, int width, Activation activation, double gammaMin, double gammaMax, int points,
                            long seed, Monitor monitor) {
        RegressionSpec data = RegressionSpec.whitened(8, 100, 0.3, seed);
        DescentSettings gd = DescentSettings.defaults();
        SweepSpec up = new SweepSpec(data, depth, width, activation, gammaMin, gammaMax, points, 1.0, seed + 1, gd);
        SweepSpec down = new SweepSpec(data, depth, width, activation, gammaMax, gammaMin, points, 1.0, seed + 1, gd);
        GammaSweep.Result upResult = GammaSweep.run(up, part(monitor, 0));
        GammaSweep.Result downResult = GammaSweep.run(down, part(monitor, 1));
        return new SweepPair(upResult, downResult);
    }

    private static Monitor part(Monitor parent, int index) {
        return new Monitor() {
            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }

            @Override
            public void progress(double fraction) {
                parent.progress((index + fraction) / 2);
            }
        };
    }
}
