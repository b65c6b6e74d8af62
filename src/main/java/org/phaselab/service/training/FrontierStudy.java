package org.phaselab.service.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.service.theory.Threshold;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.measure.AlgorithmicThreshold;
import org.phaselab.training.measure.AlphaSweep;
import org.phaselab.training.measure.FiniteSizeExtrapolation;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.measure.SweepRequest;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.FocusingBpTrainer;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainerFactory;

/**
 * Runs a {@link FrontierRequest}: one alpha sweep per (algorithm, N), smallest N first, every run a task on a pool
 * with one thread per core (so the seeds of a sweep run side by side, and fBP uses one thread per run). Each finished
 * alpha point updates the result: thresholds and extrapolations are recomputed from what is there. The theory lines
 * come from {@link TrainingTheory}: alpha_c and alpha_LE as the theory panel computes them, not typed in.
 */
public final class FrontierStudy implements AutoCloseable {
    private final ExecutorService pool = AlphaSweep.newPool();
    private final TrainingTheory theory;
    private final Executor deliverOn;

    public FrontierStudy(TrainingTheory theory, Executor deliverOn) {
        this.theory = theory;
        this.deliverOn = deliverOn;
    }

    /**
     * Starts the study (a running one is not touched: the caller cancels it); {@code onUpdate} gets the result after
     * each finished alpha point, {@code onEnd} the final one (complete false if cancelled), both on the delivery
     * executor.
     */
    public Handle start(FrontierRequest request, Consumer<FrontierResult> onUpdate, Consumer<FrontierResult> onEnd) {
        Collector collector = new Collector(request, theory);
        List<AlphaSweep.Handle> handles = new ArrayList<>();
        List<CompletableFuture<?>> done = new ArrayList<>();
        for (int n : request.sizes()) {
            for (Algorithm a : request.algorithms()) {
                AlphaSweep.Handle h = AlphaSweep.start(sweep(request, a, n), pool, p -> {
                    FrontierResult r = collector.add(a, n, p);
                    deliverOn.execute(() -> onUpdate.accept(r));
                });
                handles.add(h);
                done.add(h.result());
            }
        }
        Handle handle = new Handle(handles);
        CompletableFuture.allOf(done.toArray(new CompletableFuture<?>[0])).whenComplete((v, e) -> {
            FrontierResult r = collector.finish(!handle.cancelled() && e == null, Monitor.NONE);
            deliverOn.execute(() -> onEnd.accept(r));
        });
        return handle;
    }

    /** The whole study in the caller's thread (for {@code render}); throws CancelledException if the monitor says so. */
    public static FrontierResult compute(FrontierRequest request, TrainingTheory theory, Monitor monitor) {
        return compute(request, theory, monitor, r -> { });
    }

    /**
     * The whole study in the caller's thread, handing each intermediate result (after every finished alpha point) to
     * {@code partial} on a worker thread; throws CancelledException if the monitor says so.
     */
    public static FrontierResult compute(FrontierRequest request, TrainingTheory theory, Monitor monitor,
                                         Consumer<FrontierResult> partial) {
        try (FrontierStudy study = new FrontierStudy(theory, Runnable::run)) {
            CompletableFuture<FrontierResult> end = new CompletableFuture<>();
            Handle h = study.start(request, r -> {
                monitor.progress(r.finishedRuns() / (double) request.runs());
                partial.accept(r);
            }, end::complete);
            while (!end.isDone()) {
                if (monitor.isCancelled()) {
                    h.cancel();
                }
                try {
                    end.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // poll the monitor again
                } catch (InterruptedException e) {
                    h.cancel();
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("frontier study failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            if (monitor.isCancelled()) {
                throw new CancelledException();
            }
            return theoryLines(end.join(), theory, monitor);
        }
    }

    /** The result with alpha_LE waited for (the panel's result takes it if it is ready, see {@link Collector#finish}). */
    private static FrontierResult theoryLines(FrontierResult r, TrainingTheory theory, Monitor monitor) {
        if (r.localEntropy().converged()) {
            return r;
        }
        return new FrontierResult(r.request(), r.curves(), r.fits(), r.capacity(), theory.alphaLocalEntropy(monitor),
                r.literatureBand(), r.otherReferences(), r.finishedRuns(), r.complete());
    }

    /** The trainer of a frontier run: the algorithm's defaults, fBP on one thread (the runs already fill the cores). */
    static TrainerFactory trainer(Algorithm a) {
        if (a == Algorithm.FBP) {
            return (arch, d, s) -> new FocusingBpTrainer(arch, d, FocusingBpTrainer.Params.defaults(arch).withThreads(1), s);
        }
        return a.defaults();
    }

    private static SweepRequest sweep(FrontierRequest r, Algorithm a, int n) {
        double[] alphas = r.alphas();
        return new SweepRequest(DataSpec.storage(n, alphas[0], r.firstSeed()), Architecture.perceptron(n), trainer(a), alphas,
                r.seeds(), r.firstSeed(), new StopRule(true, r.maxSweeps(), r.secondsPerRun()), SweepRequest.Clock.THREAD_CPU);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A running study. */
    public static final class Handle {
        private final List<AlphaSweep.Handle> sweeps;

        Handle(List<AlphaSweep.Handle> sweeps) {
            this.sweeps = sweeps;
        }

        public void cancel() {
            sweeps.forEach(AlphaSweep.Handle::cancel);
        }

        public boolean cancelled() {
            return sweeps.stream().anyMatch(AlphaSweep.Handle::isCancelled);
        }
    }

    /** The points so far; thread-safe. */
    private static final class Collector {
        private final FrontierRequest request;
        private final TrainingTheory theory;
        private final Map<String, List<SweepPoint>> points = new LinkedHashMap<>();
        private final AtomicInteger runs = new AtomicInteger();

        Collector(FrontierRequest request, TrainingTheory theory) {
            this.request = request;
            this.theory = theory;
            for (int n : request.sizes()) {
                for (Algorithm a : request.algorithms()) {
                    points.put(key(a, n), new ArrayList<>());
                }
            }
        }

        private static String key(Algorithm a, int n) {
            return a.key() + "@" + n;
        }

        FrontierResult add(Algorithm a, int n, SweepPoint p) {
            runs.addAndGet(p.runs());
            synchronized (this) {
                if (p.complete()) {
                    points.get(key(a, n)).add(p);
                }
                return snapshot(false, theory.capacity(Monitor.NONE), theory.alphaLocalEntropyIfReady());
            }
        }

        synchronized FrontierResult finish(boolean complete, Monitor monitor) {
            return snapshot(complete, theory.capacity(monitor), theory.alphaLocalEntropyIfReady());
        }

        private FrontierResult snapshot(boolean complete, Threshold capacity, Threshold localEntropy) {
            List<FrontierResult.Curve> curves = new ArrayList<>();
            List<FrontierResult.Extrapolation> fits = new ArrayList<>();
            int[] sizes = request.sizes();
            for (Algorithm a : request.algorithms()) {
                List<List<SweepPoint>> byN = new ArrayList<>();
                for (int n : sizes) {
                    List<SweepPoint> pts = new ArrayList<>(points.get(key(a, n)));
                    pts.sort(Comparator.comparingDouble(SweepPoint::alpha));
                    byN.add(pts);
                    curves.add(new FrontierResult.Curve(a, n, pts, AlgorithmicThreshold.of(pts)));
                }
                fits.add(new FrontierResult.Extrapolation(a, FiniteSizeExtrapolation.fit(sizes, byN, request.firstSeed() + a.ordinal())));
            }
            return new FrontierResult(request, curves, fits, capacity, localEntropy, LocalEntropyTransition.LITERATURE_BAND,
                    theory.frontierReferences(),
                    runs.get(), complete);
        }
    }
}
