package org.phaselab.training.jamming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

/**
 * A sweep over the width at fixed data size P: every (width, seed) run is trained on a pool of
 * {@code threads} workers; a width is reported to {@code onPoint} (on a worker thread) as soon as
 * all its seeds are done, so a plot fills point by point. Progress and cancellation go through the
 * {@link Monitor}; cancelling stops every run within ~200 Adam steps and throws {@link CancelledException}.
 */
public final class WidthSweep {
    private final JammingSetup base;
    private final int[] widths;
    private final int seeds;
    private final int threads;

    public WidthSweep(JammingSetup base, int[] widths, int seeds, int threads) {
        if (widths.length == 0 || seeds < 1 || threads < 1) {
            throw new IllegalArgumentException("need at least one width, one seed and one thread");
        }
        this.base = base;
        this.widths = widths.clone();
        this.seeds = seeds;
        this.threads = threads;
    }

    /** Runs the sweep; returns the points in the order of {@code widths}. */
    public List<WidthPoint> run(Monitor monitor, Consumer<WidthPoint> onPoint) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "phaselab-jamming-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<JammingRun> done = new ExecutorCompletionService<>(pool);
            // widest nets first: they are the slowest, so the pool stays busy to the end
            for (int i = widths.length - 1; i >= 0; i--) {
                for (int s = 0; s < seeds; s++) {
                    JammingSetup setup = base.withWidth(widths[i]).withSeed(base.seed() + s);
                    done.submit(() -> JammingRun.train(setup, monitor));
                }
            }
            List<List<JammingRun>> byWidth = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                byWidth.add(new ArrayList<>());
            }
            WidthPoint[] points = new WidthPoint[widths.length];
            int total = widths.length * seeds;
            for (int finished = 0; finished < total; finished++) {
                JammingRun run = take(done);
                int i = indexOf(run.setup().width());
                byWidth.get(i).add(run);
                if (byWidth.get(i).size() == seeds) {
                    List<JammingRun> runs = new ArrayList<>(byWidth.get(i));
                    runs.sort((a, b) -> Long.compare(a.setup().seed(), b.setup().seed()));
                    points[i] = new WidthPoint(widths[i], run.weightCount(), base.p(), runs);
                    onPoint.accept(points[i]);
                }
                monitor.progress((finished + 1) / (double) total);
            }
            return List.of(points);
        } finally {
            pool.shutdownNow();
        }
    }

    private static JammingRun take(CompletionService<JammingRun> done) throws InterruptedException {
        Future<JammingRun> f = done.take();
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancelledException c) {
                throw c;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private int indexOf(int width) {
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] == width) {
                return i;
            }
        }
        throw new IllegalStateException("unknown width " + width);
    }
}
