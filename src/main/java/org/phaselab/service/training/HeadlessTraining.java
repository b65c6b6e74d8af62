package org.phaselab.service.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.measure.AlphaSweep;
import org.phaselab.training.measure.LocalEnergy;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.TrainingRun;
import org.phaselab.training.trainer.TrainingSnapshot;

/**
 * The lab's computations without a UI, for {@code render}: the same run, flatness measurement and
 * sweep as the panel, done synchronously in the caller's thread (the sweep on a temporary pool).
 */
public final class HeadlessTraining {
    /** A finished live run: every snapshot and the flatness of the network it ended with. */
    public record Result(List<TrainingSnapshot> history, Flatness flatness) {}

    private HeadlessTraining() {}

    public static Result run(TrainingScene scene, BooleanSupplier cancelled) {
        TrainingRun run = new TrainingRun(ProblemGenerator.generate(scene.dataSpec()), scene.architecture(),
                scene.trainer(scene.algorithm()), scene.trainerSeed());
        List<TrainingSnapshot> history = new ArrayList<>();
        history.add(run.snapshot());
        run.addObserver(history::add);
        run.run(scene.stopRule(), System::nanoTime, cancelled);
        TrainingSnapshot last = run.measureNow();
        history.set(history.size() - 1, last);
        Flatness f = Flatness.of(scene, last, LocalEnergy.measure(run.network(), run.trainData(), run.testData(),
                Flatness.FLIP_FRACTIONS, Flatness.FLIP_SETS, scene.trainerSeed()));
        return new Result(history, f);
    }

    /** Both sweeps of {@link TrainingSweep#algorithms}, to the end. */
    public static List<SweepSeries> sweep(TrainingScene scene) throws InterruptedException {
        ExecutorService pool = AlphaSweep.newPool();
        try {
            List<SweepSeries> out = new ArrayList<>();
            for (Algorithm a : TrainingSweep.algorithms(scene)) {
                List<SweepPoint> points = AlphaSweep.start(scene.sweepRequest(a), pool, p -> {}).result().get();
                out.add(new SweepSeries(a, points));
            }
            return out;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("sweep failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
