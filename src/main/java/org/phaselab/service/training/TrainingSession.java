package org.phaselab.service.training;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.measure.LocalEnergy;
import org.phaselab.training.trainer.RunOutcome;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainingRun;
import org.phaselab.training.trainer.TrainingSnapshot;

/**
 * One live training run, driven on its own worker thread: start, pause, step, stop, reset (same
 * initialization). Every command is queued on the worker, so they act in the order given; a run in
 * progress checks pause and stop between sweeps. Snapshots reach the listener in batches
 * ({@link SnapshotBatcher}, at most ~20 per second) on the delivery executor, followed by the state;
 * a run that ends, by any cause, is measured for flatness. The time budget counts running time only.
 */
public final class TrainingSession implements AutoCloseable {
    public enum State { EMPTY, READY, RUNNING, PAUSED, FINISHED }

    /** Receives everything on the delivery executor (the FX thread in the app). */
    public interface Listener {
        void onBatch(SnapshotBatcher.Batch batch);

        void onState(State state, String message);

        void onFlatness(Flatness flatness);
    }

    private final ExecutorService worker;
    private final Executor deliverOn;
    private final Listener listener;
    private final SnapshotBatcher batcher;
    private volatile boolean pauseRequested;
    private volatile boolean stopRequested;
    // worker-thread state
    private TrainingRun run;
    private TrainingScene loaded;
    private double spentSeconds;

    public TrainingSession(Executor deliverOn, Listener listener) {
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "phaselab-training");
            t.setDaemon(true);
            return t;
        });
        this.deliverOn = deliverOn;
        this.listener = listener;
        this.batcher = new SnapshotBatcher(deliverOn, listener::onBatch);
    }

    /** Runs until the scene's stop rule says stop, or pause/stop is asked. Loads the scene first if it changed. */
    public void start(TrainingScene scene) {
        pauseRequested = false;
        stopRequested = false;
        submit(() -> {
            load(scene, false);
            runLoop(scene);
        });
    }

    /** Pauses a running run after its current sweep. */
    public void pause() {
        pauseRequested = true;
    }

    /** Stops a running run after its current sweep; what it measured is kept, and it is measured for flatness. */
    public void stop() {
        stopRequested = true;
        submit(() -> {
            if (run != null) {
                state(State.FINISHED, "stopped at " + where(run.snapshot()));
                measureFlatness();
            }
        });
    }

    /** One sweep (loads the scene first if it changed). */
    public void step(TrainingScene scene) {
        submit(() -> {
            load(scene, false);
            run.step();
            batcher.flush(spentSeconds);
            state(State.PAUSED, "epoch " + run.snapshot().epoch() + ": " + run.snapshot().trainErrors() + " training errors");
        });
    }

    /** Back to the same initial weights (a new scene is loaded afresh). */
    public void reset(TrainingScene scene) {
        stopRequested = true;
        submit(() -> {
            stopRequested = false;
            if (!load(scene, false)) {
                load(scene, true);
            }
        });
    }

    /** @return whether a fresh run was loaded (the history restarts) */
    private boolean load(TrainingScene scene, boolean resetSame) {
        if (scene.equals(loaded) && run != null) {
            if (resetSame) {
                spentSeconds = 0;
                batcher.restart();
                run.reset();
                batcher.flush(0);
                state(State.READY, "reset to the same initial weights");
            }
            return false;
        }
        run = new TrainingRun(ProblemGenerator.generate(scene.dataSpec()), scene.architecture(),
                scene.trainer(scene.algorithm()), scene.trainerSeed());
        loaded = scene;
        spentSeconds = 0;
        batcher.restart();
        batcher.accept(run.snapshot());
        run.addObserver(batcher);
        batcher.flush(0);
        state(State.READY, "new run: " + run.trainData().size() + " patterns");
        return true;
    }

    private void runLoop(TrainingScene scene) {
        StopRule rule = scene.stopRule();
        double remaining = Math.max(1e-3, rule.maxSeconds() - spentSeconds);
        state(State.RUNNING, "running " + scene.algorithm().description());
        batcher.startClock(spentSeconds);
        RunOutcome o = run.run(new StopRule(rule.atZeroErrors(), rule.maxEpochs(), remaining), System::nanoTime,
                () -> pauseRequested || stopRequested);
        spentSeconds += o.seconds();
        batcher.flush(spentSeconds);
        String at = where(o.last());
        if (o.reason() == StopRule.Reason.CANCELLED) {
            if (!stopRequested) {
                state(State.PAUSED, "paused at " + at);
            } // a stop is reported by the stop command queued behind this run
            return;
        }
        state(State.FINISHED, switch (o.reason()) {
            case SOLVED -> "solved at " + at;
            case EPOCHS -> "epoch budget spent at " + at;
            default -> "time budget spent at " + at;
        });
        measureFlatness();
    }

    private String where(TrainingSnapshot s) {
        return String.format(java.util.Locale.ROOT, "epoch %d, %.1f s: %d training errors", s.epoch(), spentSeconds,
                s.trainErrors());
    }

    private void measureFlatness() {
        TrainingSnapshot now = run.measureNow();
        var points = LocalEnergy.measure(run.network(), run.trainData(), run.testData(), Flatness.FLIP_FRACTIONS,
                Flatness.FLIP_SETS, loaded.trainerSeed());
        Flatness f = Flatness.of(loaded, now, points);
        deliverOn.execute(() -> listener.onFlatness(f));
    }

    private void state(State s, String message) {
        deliverOn.execute(() -> listener.onState(s, message));
    }

    private void submit(Runnable task) {
        worker.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                state(State.FINISHED, "failed: " + m);
            }
        });
    }

    @Override
    public void close() {
        stopRequested = true;
        worker.shutdownNow();
    }
}
