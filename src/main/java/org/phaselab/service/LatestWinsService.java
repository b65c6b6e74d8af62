package org.phaselab.service;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

/**
 * The background solver service behind a panel: runs one computation at a time off the UI thread;
 * a new request cancels the one in flight and requests that never started are skipped (coalesced),
 * so a burst of slider moves costs one or two solves and only the newest result is delivered.
 * Progress and outcomes of stale requests are dropped. Delivery goes through {@code deliverOn}
 * (Platform::runLater in the app, a direct executor in tests). A request may carry a preview: a cheap coarse
 * computation run first and delivered at once ({@link RequestListener#onPreview}), so a dragged slider redraws
 * within a frame or two while the full result follows (or is superseded by the next event's preview). A request's
 * listener receives at most one outcome: a cancel that comes after the result was delivered delivers nothing, and
 * anything the computation throws (an Error too) becomes {@link Outcome.Failed}, logged once.
 */
public final class LatestWinsService<R> implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LatestWinsService.class.getName());
    private final Executor worker;
    private final ExecutorService ownedWorker;
    private final Executor deliverOn;
    private final AtomicLong latest = new AtomicLong();
    private volatile Request current;

    /** A service with its own daemon worker thread. */
    public LatestWinsService(String name, Executor deliverOn) {
        this.ownedWorker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "phaselab-" + name);
            t.setDaemon(true);
            return t;
        });
        this.worker = ownedWorker;
        this.deliverOn = deliverOn;
    }

    /** A service on a given worker executor (tests pass a queue they run by hand). */
    public LatestWinsService(Executor worker, Executor deliverOn) {
        this.ownedWorker = null;
        this.worker = worker;
        this.deliverOn = deliverOn;
    }

    /** Submits a computation; returns its request number. Any older request is cancelled. */
    public long submit(Computation<R> computation, RequestListener<R> listener) {
        return submit(null, computation, listener);
    }

    /**
     * Submits a computation with a preview: {@code preview} runs first and its value goes to
     * {@link RequestListener#onPreview} (a failed or cancelled preview is skipped), then {@code computation} runs as
     * usual. Returns the request number; any older request is cancelled.
     */
    public long submit(Computation<R> preview, Computation<R> computation, RequestListener<R> listener) {
        Request previous = current;
        Request request = new Request(latest.incrementAndGet(), preview, computation, listener);
        current = request;
        if (previous != null) {
            previous.cancelled = true;
        }
        try {
            worker.execute(request::run);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            request.cancelled = true; // the service was closed (the app is shutting down): nothing left to deliver to
        }
        return request.id;
    }

    /** Cancels the request in flight, if any; its listener receives {@link Outcome.Cancelled}. */
    public void cancel() {
        Request r = current;
        if (r != null) {
            r.cancelled = true;
            latest.incrementAndGet();
            deliverOn.execute(() -> r.deliver(new Outcome.Cancelled<>()));
        }
    }

    /** Whether request {@code id} is still the newest one. */
    public boolean isLatest(long id) {
        return latest.get() == id;
    }

    @Override
    public void close() {
        cancel();
        if (ownedWorker != null) {
            ownedWorker.shutdownNow();
        }
    }

    private final class Request implements Monitor {
        final long id;
        final Computation<R> preview;
        final Computation<R> computation;
        final RequestListener<R> listener;
        volatile boolean cancelled;
        /** Set by whichever outcome, result or cancellation, is delivered first: the only one delivered. */
        final AtomicBoolean settled = new AtomicBoolean();

        Request(long id, Computation<R> preview, Computation<R> computation, RequestListener<R> listener) {
            this.id = id;
            this.preview = preview;
            this.computation = computation;
            this.listener = listener;
        }

        @Override
        public boolean isCancelled() {
            return cancelled || !isLatest(id);
        }

        @Override
        public void progress(double fraction) {
            if (!isCancelled()) {
                deliverOn.execute(() -> {
                    if (isLatest(id)) {
                        listener.onProgress(fraction);
                    }
                });
            }
        }

        /** Computes and delivers the preview; a preview that fails or is cancelled is simply not shown. */
        void runPreview() {
            try {
                R value = preview.compute(Monitor.cancellationOf(this));
                if (!isCancelled()) {
                    deliverOn.execute(() -> {
                        if (isLatest(id)) {
                            listener.onPreview(value);
                        }
                    });
                }
            } catch (Exception | StackOverflowError e) {
                // no preview: the full computation follows, and reports its own failures
            }
        }

        void run() {
            if (isCancelled()) {
                return; // coalesced: a newer request is queued behind this one
            }
            if (preview != null) {
                runPreview();
            }
            long start = System.nanoTime();
            Outcome<R> outcome;
            try {
                R value = computation.compute(this);
                outcome = isCancelled() ? null : new Outcome.Done<>(value, (System.nanoTime() - start) * 1e-9);
            } catch (CancelledException e) {
                outcome = null;
            } catch (Throwable e) {
                // an Error too (OutOfMemoryError, a bug): the worker lives on and the panel leaves its busy state
                LOG.log(Level.WARNING, "computation failed", e);
                outcome = new Outcome.Failed<>(messageFor(e));
            }
            if (outcome != null) {
                Outcome<R> delivered = outcome;
                deliverOn.execute(() -> {
                    if (isLatest(id)) {
                        deliver(delivered);
                    }
                });
            }
        }

        void deliver(Outcome<R> outcome) {
            if (settled.compareAndSet(false, true)) {
                listener.onOutcome(outcome);
            }
        }
    }

    private static String messageFor(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory for this computation; choose smaller sizes";
        }
        String m = e.getMessage();
        return (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m;
    }
}
