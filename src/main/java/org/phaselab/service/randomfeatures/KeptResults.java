package org.phaselab.service.randomfeatures;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

/**
 * Slow results kept per key for the session, each computed once: a second caller for a key in flight waits for the
 * first instead of solving it again, and takes over if the first is cancelled or fails; every caller's own
 * cancellation is honoured while it waits. A result cut short by a cancel is not kept.
 */
final class KeptResults<K, V> {
    private static final long POLL_MILLIS = 50;
    private final Map<K, V> kept = new ConcurrentHashMap<>();
    private final Map<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    /** The kept value, or null; never computes. */
    V known(K key) {
        return kept.get(key);
    }

    V get(K key, Function<Monitor, V> compute, Monitor monitor) {
        while (true) {
            V known = kept.get(key);
            if (known != null) {
                return known;
            }
            CompletableFuture<V> mine = new CompletableFuture<>();
            CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                return compute(key, mine, compute, monitor);
            }
            await(running, monitor);
        }
    }

    private V compute(K key, CompletableFuture<V> mine, Function<Monitor, V> compute, Monitor monitor) {
        try {
            V v = compute.apply(monitor);
            monitor.checkCancelled();
            kept.put(key, v);
            inFlight.remove(key, mine);
            mine.complete(v);
            return v;
        } catch (RuntimeException e) {
            inFlight.remove(key, mine); // before completing, so a waiter that wakes finds the key free
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Returns when the other caller's computation ended, either way; the caller then looks again. */
    private static void await(CompletableFuture<?> running, Monitor monitor) {
        while (!running.isDone()) {
            monitor.checkCancelled();
            try {
                running.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still running, or ended without a value (this caller takes over)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }
}
