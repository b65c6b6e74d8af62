package org.phaselab.export.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaselab.export.builders.JammingFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.service.jamming.JammingSweeps;
import org.phaselab.training.jamming.CriticalSize;
import org.phaselab.training.jamming.DeltaHistogram;
import org.phaselab.training.jamming.JammingSweepResult;
import org.phaselab.training.jamming.WidthPoint;

/**
 * The jamming panel's figures (Geiger et al. 2019): the panel fills them point by point as its sweep trains; a
 * headless render trains the whole sweep on all cores first. Both build them with the methods below.
 */
public final class JammingCatalogue {
    private JammingCatalogue() {}

    public static FigureCatalogue<JammingScene> of(int threads) {
        List<org.phaselab.service.param.Param<?>> sweep = List.of(JammingScene.PATTERNS, JammingScene.INPUT_DIM,
                JammingScene.DEPTH, JammingScene.WIDTH_FROM, JammingScene.WIDTH_TO, JammingScene.SEEDS, JammingScene.ACTIVATION);
        return new FigureCatalogue<>(JammingScene.SCHEMA,
                new FigureEntry<>("jam-phase", "Jamming phase diagram (SAT/UNSAT vs weights)", sweep,
                        (s, m) -> phaseDiagram(s, sweep(s, threads, m), List.of())),
                new FigureEntry<>("jam-unsat", "Unsatisfied constraints N_Δ/N", sweep,
                        (s, m) -> unsatisfied(s, sweep(s, threads, m))),
                new FigureEntry<>("jam-gaps", "Gap distribution near N*", sweep, (s, m) -> gaps(s, sweep(s, threads, m))),
                new FigureEntry<>("jam-hessian", "Hessian spectra around N*", sweep, (s, m) -> hessian(s, sweep(s, threads, m))),
                new FigureEntry<>("jam-perceptron", "Perceptron SAT fraction vs load",
                        List.of(JammingScene.PERCEPTRON_N, JammingScene.KAPPA, JammingScene.ALPHA_FROM, JammingScene.ALPHA_TO,
                                JammingScene.LOADS, JammingScene.PERCEPTRON_SEEDS),
                        (s, m) -> JammingFigures.perceptron(JammingSweeps.perceptron(s, threads, m, p -> { }))));
    }

    private static JammingSweepResult sweep(JammingScene s, int threads, Monitor m) throws InterruptedException {
        return JammingSweeps.sweep(s, threads, m, p -> { });
    }

    /** The phase diagram of this sweep's points (and N*) over the points and N* of earlier sweeps. */
    public static Figure phaseDiagram(JammingScene s, JammingSweepResult r, List<WidthPoint> earlier) {
        return phaseDiagram(s, concat(earlier, r.points()), List.of(r.nStar()));
    }

    public static Figure phaseDiagram(JammingScene s, List<WidthPoint> points, List<CriticalSize> nStars) {
        return JammingFigures.phaseDiagram(points, nStars, parameters(s));
    }

    public static Figure unsatisfied(JammingScene s, JammingSweepResult r) {
        return unsatisfied(s, r.points(), r.nStar());
    }

    public static Figure unsatisfied(JammingScene s, List<WidthPoint> points, CriticalSize nStar) {
        return JammingFigures.unsatisfied(points, nStar, parameters(s));
    }

    /** The gap histogram of the width closest to N*, all seeds pooled. */
    public static Figure gaps(JammingScene s, JammingSweepResult r) {
        WidthPoint near = r.nearestToJamming();
        double[] pooled = near.runs().stream().flatMapToDouble(run -> Arrays.stream(run.deltas())).toArray();
        return JammingFigures.gaps(DeltaHistogram.of(pooled, 1e-4, 2, 24),
                String.format(Locale.ROOT, "at N = %d (P = %d)", near.weightCount(), near.p()), parameters(s));
    }

    public static Figure hessian(JammingScene s, JammingSweepResult r) {
        return JammingFigures.hessian(r.spectra(), parameters(s));
    }

    private static Map<String, Object> parameters(JammingScene s) {
        return JammingFigures.parameters(s.patterns(), s.inputDim(), s.depth(), JammingScene.ACTIVATION.token().apply(s.activation()),
                s.seeds(), 1);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
