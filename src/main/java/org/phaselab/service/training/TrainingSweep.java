package org.phaselab.service.training;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.phaselab.training.measure.AlphaSweep;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.measure.SweepPoint;

/**
 * The sweep mode: the scene's efficient algorithm and simulated annealing, side by side, over the
 * alpha grid with several seeds each, on a pool with one thread per core. Each finished alpha reaches
 * the listener on the delivery executor as it comes; {@link Handle#cancel()} stops both sweeps at the
 * runs' next sweep, and the points of cancelled alphas are dropped (the finished ones stay).
 */
public final class TrainingSweep implements AutoCloseable {
    /** The algorithms compared: efficient first, then annealing. */
    public static List<Algorithm> algorithms(TrainingScene scene) {
        return List.of(scene.efficientAlgorithm(), Algorithm.SA);
    }

    private final ExecutorService pool = AlphaSweep.newPool();
    private final Executor deliverOn;

    public TrainingSweep(Executor deliverOn) {
        this.deliverOn = deliverOn;
    }

    /** Starts; {@code onPoint} gets (algorithm, point) for each complete alpha, {@code onEnd} true if all finished. */
    public Handle start(TrainingScene scene, BiConsumer<Algorithm, SweepPoint> onPoint, Consumer<Boolean> onEnd) {
        List<Algorithm> algorithms = algorithms(scene);
        AlphaSweep.Handle[] handles = new AlphaSweep.Handle[algorithms.size()];
        CompletableFuture<?>[] results = new CompletableFuture<?>[handles.length];
        for (int i = 0; i < handles.length; i++) {
            Algorithm a = algorithms.get(i);
            handles[i] = AlphaSweep.start(scene.sweepRequest(a), pool, p -> {
                if (p.complete()) {
                    deliverOn.execute(() -> onPoint.accept(a, p));
                }
            });
            results[i] = handles[i].result();
        }
        Handle h = new Handle(handles);
        CompletableFuture.allOf(results).whenComplete((v, e) -> deliverOn.execute(() -> onEnd.accept(e == null && !h.cancelled())));
        return h;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A running pair of sweeps. */
    public static final class Handle {
        private final AlphaSweep.Handle[] handles;

        Handle(AlphaSweep.Handle[] handles) {
            this.handles = handles;
        }

        public void cancel() {
            for (AlphaSweep.Handle h : handles) {
                h.cancel();
            }
        }

        public boolean cancelled() {
            return handles[0].isCancelled();
        }
    }
}
