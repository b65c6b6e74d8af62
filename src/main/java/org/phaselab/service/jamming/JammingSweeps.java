package org.phaselab.service.jamming;

import java.util.List;
import java.util.function.Consumer;
import org.phaselab.export.builders.JammingFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;
import org.phaselab.training.jamming.DeltaHistogram;
import org.phaselab.training.jamming.JammingSweepResult;
import org.phaselab.training.jamming.PerceptronScan;
import org.phaselab.training.jamming.SweepPoint;
import org.phaselab.training.jamming.WidthSweep;

/** The jamming panel's computations, shared by the panel and the headless preset renderer. */
public final class JammingSweeps {
    /** Largest net whose exact Hessian is computed after a sweep (N^2 P work, N^2 memory). */
    public static final int MAX_HESSIAN_WEIGHTS = 800;

    private JammingSweeps() {}

    /** Trains every (width, seed) of the scene on {@code threads} workers; then N* and the Hessians around it. */
    public static JammingSweepResult sweep(JammingScene scene, int threads, Monitor monitor, Consumer<SweepPoint> onPoint)
            throws InterruptedException {
        List<SweepPoint> points = new WidthSweep(scene.baseSetup(), scene.widths(), scene.seeds(), threads).run(monitor, onPoint);
        return JammingSweepResult.analyse(points, MAX_HESSIAN_WEIGHTS);
    }

    public static List<PerceptronScan.Point> perceptron(JammingScene scene, int threads, Monitor monitor,
                                                        Consumer<PerceptronScan.Point> onPoint) throws InterruptedException {
        return PerceptronScan.run(scene.perceptronN(), scene.kappa(), scene.alphas(), scene.perceptronSeeds(), threads, monitor, onPoint);
    }

    /** The gap histogram of the width closest to N*, all seeds pooled. */
    public static Figure gaps(JammingSweepResult r, java.util.Map<String, Object> params) {
        SweepPoint near = r.nearestToJamming();
        double[] pooled = near.runs().stream().flatMapToDouble(run -> java.util.Arrays.stream(run.deltas())).toArray();
        return JammingFigures.gaps(DeltaHistogram.of(pooled, 1e-4, 2, 24),
                String.format(java.util.Locale.ROOT, "at N = %d (P = %d)", near.weightCount(), near.p()), params);
    }

    public static java.util.Map<String, Object> parameters(JammingScene s) {
        return JammingFigures.parameters(s.patterns(), s.inputDim(), s.depth(), s.activation().name().toLowerCase(java.util.Locale.ROOT),
                s.seeds(), 1);
    }

    /** One named figure of the panel, computed headless (for presets on the command line). */
    public static Figure figure(JammingScene scene, String name, int threads, Monitor monitor) throws InterruptedException {
        if (name.equals("jam-perceptron")) {
            return JammingFigures.perceptron(perceptron(scene, threads, monitor, p -> { }));
        }
        JammingSweepResult r = sweep(scene, threads, monitor, p -> { });
        var params = parameters(scene);
        return switch (name) {
            case "jam-phase" -> JammingFigures.phaseDiagram(r.points(), List.of(r.nStar()), params);
            case "jam-unsat" -> JammingFigures.unsatisfied(r.points(), r.nStar(), params);
            case "jam-gaps" -> gaps(r, params);
            case "jam-hessian" -> JammingFigures.hessian(r.spectra(), params);
            default -> throw new IllegalArgumentException("the jamming panel has jam-phase, jam-unsat, jam-gaps, jam-hessian and "
                    + "jam-perceptron, not '" + name + "'");
        };
    }
}
