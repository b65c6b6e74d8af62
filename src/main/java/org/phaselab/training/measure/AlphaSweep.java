package org.phaselab.training.measure;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.trainer.RunOutcome;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainingRun;

/**
 * Runs a {@link SweepRequest} on an executor, one task per (alpha, seed), alpha by alpha, and reports
 * each {@link SweepPoint} to the listener as soon as all seeds of its alpha are done (listener called on
 * a worker thread; a UI hops to its own thread). {@link Handle#cancel()} stops the runs in flight at
 * their next sweep and skips the rest; points then come out with {@code complete = false}.
 */
public final class AlphaSweep {
    private AlphaSweep() {}

    /** A fixed pool with one daemon thread per core, for callers that own no executor. */
    public static ExecutorService newPool() {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "phaselab-sweep");
            t.setDaemon(true);
            return t;
        });
    }

    public static Handle start(SweepRequest request, ExecutorService pool, Consumer<SweepPoint> listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        double[] alphas = request.alphas();
        List<CompletableFuture<SweepPoint>> points = new ArrayList<>();
        for (double alpha : alphas) {
            Accumulator acc = new Accumulator(alpha, request.seeds(), listener);
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (int s = 0; s < request.seeds(); s++) {
                long seed = request.firstSeed() + s;
                runs.add(CompletableFuture.runAsync(() -> acc.add(runOne(request, alpha, seed, cancelled)), pool));
            }
            points.add(CompletableFuture.allOf(runs.toArray(new CompletableFuture[0])).handle((v, e) -> acc.point()));
        }
        CompletableFuture<List<SweepPoint>> all = CompletableFuture.allOf(points.toArray(new CompletableFuture[0]))
                .thenApply(v -> points.stream().map(CompletableFuture::join).toList());
        return new Handle(cancelled, all);
    }

    private static RunOutcome runOne(SweepRequest request, double alpha, long seed, AtomicBoolean cancelled) {
        if (cancelled.get()) {
            return null;
        }
        TrainingRun run = new TrainingRun(ProblemGenerator.generate(request.specFor(alpha, seed)), request.student(),
                request.trainer(), seed);
        run.setTrackTest(false);
        LongSupplier clock = request.clock() == SweepRequest.Clock.WALL ? System::nanoTime
                : ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;
        RunOutcome outcome = run.run(request.stop(), clock, cancelled::get);
        if (outcome.reason() == StopRule.Reason.CANCELLED) {
            return null;
        }
        return new RunOutcome(run.measureNow(), outcome.seconds(), outcome.reason());
    }

    /** The running sweep. */
    public static final class Handle {
        private final AtomicBoolean cancelled;
        private final CompletableFuture<List<SweepPoint>> result;

        Handle(AtomicBoolean cancelled, CompletableFuture<List<SweepPoint>> result) {
            this.cancelled = cancelled;
            this.result = result;
        }

        public void cancel() {
            cancelled.set(true);
        }

        public boolean isCancelled() {
            return cancelled.get();
        }

        /** All points, in the order of the alpha grid, once every task has ended. */
        public CompletableFuture<List<SweepPoint>> result() {
            return result;
        }
    }

    /** Collects the runs of one alpha; thread-safe. */
    private static final class Accumulator {
        private final double alpha;
        private final int expected;
        private final Consumer<SweepPoint> listener;
        private final LocalEnergy.Moments train = new LocalEnergy.Moments();
        private final LocalEnergy.Moments test = new LocalEnergy.Moments();
        private final LocalEnergy.Moments seconds = new LocalEnergy.Moments();
        private final LocalEnergy.Moments epochs = new LocalEnergy.Moments();
        private int runs;
        private int solved;
        private SweepPoint point;

        Accumulator(double alpha, int expected, Consumer<SweepPoint> listener) {
            this.alpha = alpha;
            this.expected = expected;
            this.listener = listener;
        }

        synchronized void add(RunOutcome o) {
            if (o == null) {
                return;
            }
            runs++;
            solved += o.solved() ? 1 : 0;
            train.add(o.last().trainError());
            if (!Double.isNaN(o.last().testError())) {
                test.add(o.last().testError());
            }
            seconds.add(o.seconds());
            epochs.add(o.last().epoch());
        }

        SweepPoint point() {
            SweepPoint p;
            synchronized (this) {
                if (point == null) {
                    point = new SweepPoint(alpha, runs, solved, train.mean(), test.mean(), test.stderr(), seconds.mean(),
                            epochs.mean(), runs == expected);
                }
                p = point;
            }
            listener.accept(p);
            return p;
        }
    }
}
