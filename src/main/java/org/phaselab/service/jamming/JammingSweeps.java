package org.phaselab.service.jamming;

import java.util.List;
import java.util.function.Consumer;
import org.phaselab.progress.Monitor;
import org.phaselab.training.jamming.JammingSweepResult;
import org.phaselab.training.jamming.PerceptronScan;
import org.phaselab.training.jamming.WidthPoint;
import org.phaselab.training.jamming.WidthSweep;

/** The jamming panel's training runs, shared by the panel and the headless figures (export.catalogue.JammingCatalogue). */
public final class JammingSweeps {
    /** Largest net whose exact Hessian is computed after a sweep (N^2 P work, N^2 memory). */
    public static final int MAX_HESSIAN_WEIGHTS = 800;

    private JammingSweeps() {}

    /** Trains every (width, seed) of the scene on {@code threads} workers; then N* and the Hessians around it. */
    public static JammingSweepResult sweep(JammingScene scene, int threads, Monitor monitor, Consumer<WidthPoint> onPoint)
            throws InterruptedException {
        List<WidthPoint> points = new WidthSweep(scene.baseSetup(), scene.widths(), scene.seeds(), threads).run(monitor, onPoint);
        return JammingSweepResult.analyse(points, MAX_HESSIAN_WEIGHTS);
    }

    public static List<PerceptronScan.Point> perceptron(JammingScene scene, int threads, Monitor monitor,
                                                        Consumer<PerceptronScan.Point> onPoint) throws InterruptedException {
        return PerceptronScan.run(scene.perceptronN(), scene.kappa(), scene.alphas(), scene.perceptronSeeds(), threads, monitor, onPoint);
    }
}
