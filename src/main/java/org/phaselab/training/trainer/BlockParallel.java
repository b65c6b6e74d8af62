package org.phaselab.training.trainer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the blocks 0..blocks-1 of a kernel on up to {@code threads} threads (the caller and daemon workers of one
 * shared pool); each block writes only its own outputs, so the result does not depend on the number of threads
 * nor on which thread ran which block. Blocks are handed out one by one, which suits a machine shared with others.
 */
final class BlockParallel {
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private static volatile ExecutorService pool;

    private BlockParallel() {}

    /** Threads a trainer uses by default: every core. */
    static int defaultThreads() {
        return WORKERS + 1;
    }

    static void run(int blocks, int threads, IntConsumer body) {
        int helpers = Math.min(Math.min(threads, blocks) - 1, WORKERS);
        if (helpers <= 0) {
            for (int b = 0; b < blocks; b++) {
                body.accept(b);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                body.accept(b);
            }
        };
        CompletableFuture<?>[] running = new CompletableFuture<?>[helpers];
        for (int h = 0; h < helpers; h++) {
            running[h] = CompletableFuture.runAsync(drain, pool());
        }
        drain.run();
        CompletableFuture.allOf(running).join();
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (BlockParallel.class) {
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(WORKERS, r -> {
                        Thread t = new Thread(r, "phaselab-kernel");
                        t.setDaemon(true);
                        return t;
                    });
                }
                p = pool;
            }
        }
        return p;
    }
}
