package org.phaselab.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

/**
 * Independent pieces of one computation (the curves of a family, the rows of a line) run side by side on a bounded
 * pool of daemon threads, one per core, created on first use (not the common pool, and nothing at class loading).
 * The caller waits; its monitor's cancellation reaches every piece (each polls it) and stops the wait at once.
 * Pieces must not themselves wait on this pool.
 */
public final class ComputePool {
    /** How often a waiting caller looks at its monitor. */
    private static final long POLL_MILLIS = 20;
    /** Idle threads end after this long. */
    private static final long KEEP_ALIVE_SECONDS = 30;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static volatile ExecutorService pool;

    private ComputePool() {}

    /** The pool's size: the number of cores. */
    public static int threads() {
        return THREADS;
    }

    /**
     * Runs every task with a monitor that carries the caller's cancellation (not its progress) and returns their
     * results in order; reports progress as tasks finish. Throws {@link CancelledException} when cancelled, and a
     * task's own RuntimeException if one failed.
     */
    public static <T> List<T> all(List<? extends Function<Monitor, T>> tasks, Monitor monitor) {
        Monitor cancellation = Monitor.cancellationOf(monitor);
        if (tasks.size() <= 1 || THREADS == 1) {
            List<T> out = new ArrayList<>();
            for (Function<Monitor, T> task : tasks) {
                monitor.checkCancelled();
                out.add(task.apply(cancellation));
                monitor.progress(out.size() / (double) tasks.size());
            }
            return out;
        }
        List<Future<T>> futures = new ArrayList<>();
        for (Function<Monitor, T> task : tasks) {
            futures.add(pool().submit(() -> task.apply(cancellation)));
        }
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(await(f, monitor));
                monitor.progress(out.size() / (double) tasks.size());
            }
            return out;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    private static <T> T await(Future<T> future, Monitor monitor) {
        while (true) {
            monitor.checkCancelled();
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: look at the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (ComputePool.class) {
                p = pool;
                if (p == null) {
                    AtomicInteger count = new AtomicInteger();
                    ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, KEEP_ALIVE_SECONDS,
                            TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                                Thread t = new Thread(r, "phaselab-compute-" + count.incrementAndGet());
                                t.setDaemon(true);
                                return t;
                            });
                    executor.allowCoreThreadTimeOut(true);
                    pool = p = executor;
                }
            }
        }
        return p;
    }
}
