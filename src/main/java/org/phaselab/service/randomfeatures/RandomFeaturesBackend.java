package org.phaselab.service.randomfeatures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.randomfeatures.CutPoint;
import org.phaselab.theory.randomfeatures.InterpolationThreshold;
import org.phaselab.theory.randomfeatures.MaxMarginReference;
import org.phaselab.theory.randomfeatures.OrderParameters;
import org.phaselab.theory.randomfeatures.PhaseDiagram;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;
import org.phaselab.theory.randomfeatures.RandomFeaturesSaddle;
import org.phaselab.theory.randomfeatures.RandomFeaturesSolver;
import org.phaselab.theory.randomfeatures.ThresholdResult;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.StopRule;

/**
 * The computations behind the random-features panel, sign features and zero margin (the paper's setting).
 * The phase diagram does not depend on the cut, so it is computed once (~3 s) and kept. A cut's typical
 * curve costs ~1 s; its maximum-margin points ~1 s each (a scan in kappa per point). The local-entropy part
 * (alpha_LE, 5-60 s per alpha_D) is {@link #atypical()}.
 */
public final class RandomFeaturesBackend {
    /** alpha_D rows of the phase diagram: a modest grid over the slider's range. */
    static final double[] DIAGRAM_ALPHA_D = {0.05, 0.5, 1, 2, 3, 5, 7, 10, 14, 20};
    /** Overparameterization range N/P of the cut plots. */
    public static final double NP_MIN = 0.4;
    public static final double NP_MAX = 4.0;
    static final int TYPICAL_POINTS = 37;
    static final int MAX_MARGIN_POINTS = 6;

    /** The training overlay: CP+R on P = 200 patterns, 4 seeds, each run up to 2000 sweeps or 2 s. */
    public static final int SWEEP_P = 200;
    static final HiddenManifoldSweep SWEEP = new HiddenManifoldSweep(SWEEP_P, 4, Algorithm.CPR, new StopRule(true, 2000, 2.0));

    private final RandomFeaturesSolver solver = RandomFeaturesSolver.DEFAULT;
    private final AtypicalBackend atypical;
    private PhaseDiagram.Result diagram; // guarded by this
    /** The last cuts computed (typical only, and with max margins): a plot redrawn for a new overlay reuses them. */
    private volatile RandomFeaturesCut lastTypical;
    private volatile RandomFeaturesCut lastFull;

    /** The backend of the app and the command line: local entropy from the replica theory. */
    public RandomFeaturesBackend() {
        this(AtypicalSource.THEORY);
    }

    /** With local-entropy numbers from {@code atypical} (tests pass a fake; the rest is the theory). */
    public RandomFeaturesBackend(AtypicalSource atypical) {
        this.atypical = new AtypicalBackend(atypical);
    }

    /** The local-entropy line, the cut's alpha_LE and the Franz-Parisi curves, kept for the session. */
    public AtypicalBackend atypical() {
        return atypical;
    }

    /**
     * The next row of the local-entropy line, after the phase diagram's alpha_c rows (computed first if they are
     * not yet: they are fast, and the diagram draws them before any alpha_LE); progress is the row's.
     */
    public LocalEntropyLine nextLocalEntropyRow(Monitor monitor) {
        phaseDiagram(Monitor.cancellationOf(monitor));
        return atypical.nextRow(monitor);
    }

    /** The phase diagram on {@link #DIAGRAM_ALPHA_D}, computed on the first call; a cancelled call leaves nothing behind. */
    public synchronized PhaseDiagram.Result phaseDiagram(Monitor monitor) {
        if (diagram == null) {
            diagram = new PhaseDiagram(solver).compute(DIAGRAM_ALPHA_D.clone(), monitor);
        }
        monitor.progress(1.0);
        return diagram;
    }

    /**
     * The cut at {@code alphaD}: alpha_c, the typical saddles on N/P in [NP_MIN, NP_MAX], and, if asked, the
     * maximum-margin solutions at the interpolation point (kappa_max = 0 there, so the typical saddle) and on
     * a geometric grid above it.
     */
    public RandomFeaturesCut cut(double alphaD, boolean withMaxMargin, Monitor monitor) {
        new RandomFeaturesScene(alphaD, false); // checks the range
        RandomFeaturesCut full = lastFull;
        RandomFeaturesCut typicalOnly = lastTypical;
        if (full != null && full.alphaD() == alphaD) {
            return full; // serves both kinds: the entropy plot ignores the max-margin points
        }
        if (!withMaxMargin && typicalOnly != null && typicalOnly.alphaD() == alphaD) {
            return typicalOnly;
        }
        RandomFeaturesCut cut = compute(alphaD, withMaxMargin, monitor);
        if (withMaxMargin) {
            lastFull = cut;
        } else {
            lastTypical = cut;
        }
        return cut;
    }

    private RandomFeaturesCut compute(double alphaD, boolean withMaxMargin, Monitor monitor) {
        double share = withMaxMargin ? 0.2 : 1.0;
        ThresholdResult alphaC = new InterpolationThreshold(solver).alphaC(alphaD, monitor);
        monitor.progress(0.25 * share);
        List<CutPoint> typical = typicalCurve(alphaD, monitor, 0.25 * share, share);
        List<CutPoint> maxMargin = new ArrayList<>();
        if (withMaxMargin && alphaC.converged()) {
            RandomFeaturesSaddle at = alphaC.saddle();
            maxMargin.add(new CutPoint(alphaC.value(), 1 / alphaC.value(), at.entropy(), at.epsTypical(), at.epsBayes(),
                    0.0, at.epsTypical(), at.convergence()));
            double np0 = 1 / alphaC.value();
            MaxMarginReference reference = new MaxMarginReference(solver);
            for (int i = 1; i <= MAX_MARGIN_POINTS; i++) {
                monitor.checkCancelled();
                double np = np0 * Math.pow(NP_MAX / np0, i / (double) MAX_MARGIN_POINTS);
                RandomFeaturesModel model = RandomFeaturesModel.sign(1 / np, alphaD);
                ThresholdResult k = reference.kappaMax(model, monitor);
                RandomFeaturesSaddle s = k.saddle();
                maxMargin.add(new CutPoint(1 / np, np, Double.NaN, Double.NaN, Double.NaN,
                        k.converged() ? k.value() : Double.NaN, k.converged() ? s.epsTypical() : Double.NaN, k.convergence()));
                monitor.progress(share + (1 - share) * i / MAX_MARGIN_POINTS);
            }
        }
        monitor.progress(1.0);
        return new RandomFeaturesCut(alphaD, typical, alphaC, maxMargin);
    }

    /** Trains on hidden-manifold data at this alpha_D over the overlay's grid of N (~3-15 s); see {@link #SWEEP}. */
    public OverparameterizationSweep trainingSweep(double alphaD, Monitor monitor) {
        return SWEEP.run(alphaD, monitor);
    }

    /** Typical saddles from the most overparameterized end down, each warm-started from the last converged one. */
    private List<CutPoint> typicalCurve(double alphaD, Monitor monitor, double from, double to) {
        List<CutPoint> points = new ArrayList<>();
        OrderParameters warm = OrderParameters.START;
        for (int i = 0; i < TYPICAL_POINTS; i++) {
            monitor.checkCancelled();
            double np = NP_MAX - (NP_MAX - NP_MIN) * i / (TYPICAL_POINTS - 1);
            RandomFeaturesModel model = RandomFeaturesModel.sign(1 / np, alphaD);
            RandomFeaturesSaddle s = solver.solve(model, warm);
            if (!s.converged() && warm != OrderParameters.START) {
                s = solver.solve(model);
            }
            if (s.converged()) {
                warm = s.order();
            }
            points.add(new CutPoint(1 / np, np, s.entropy(), s.epsTypical(), s.epsBayes(), Double.NaN, Double.NaN, s.convergence()));
            monitor.progress(from + (to - from) * (i + 1) / TYPICAL_POINTS);
        }
        points.sort(Comparator.comparingDouble(CutPoint::overparameterization));
        return points;
    }
}
