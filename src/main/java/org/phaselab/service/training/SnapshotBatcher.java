package org.phaselab.service.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.phaselab.training.trainer.TrainingSnapshot;

/**
 * Collects a run's snapshots on the worker thread and hands them over in batches: at most one
 * delivery is outstanding at a time and a new one is scheduled at most every {@link #MIN_INTERVAL_NANOS}
 * (~20 per second), so a fast run cannot flood the UI thread. {@link #flush} forces delivery at the end
 * of a run or step. A {@link #restart()} drops what is pending and tells the receiver to clear its history.
 */
public final class SnapshotBatcher implements Consumer<TrainingSnapshot> {
    static final long MIN_INTERVAL_NANOS = 50_000_000L;

    /** Snapshots in epoch order; {@code restart}: forget earlier ones first; {@code seconds}: running time so far. */
    public record Batch(List<TrainingSnapshot> snapshots, boolean restart, double seconds) {
        public Batch {
            snapshots = List.copyOf(snapshots);
        }
    }

    private final Executor deliverOn;
    private final Consumer<Batch> receiver;
    private final List<TrainingSnapshot> pending = new ArrayList<>();
    private boolean restart;
    private boolean outstanding;
    private long lastDelivery;
    private long clockStart;
    private double secondsBefore;
    private double seconds;
    private boolean clockRunning;

    SnapshotBatcher(Executor deliverOn, Consumer<Batch> receiver) {
        this.deliverOn = deliverOn;
        this.receiver = receiver;
    }

    synchronized void restart() {
        pending.clear();
        restart = true;
        seconds = 0;
        secondsBefore = 0;
        clockRunning = false;
    }

    /** The running time is secondsBefore plus the time since now. */
    synchronized void startClock(double secondsBefore) {
        this.secondsBefore = secondsBefore;
        this.clockStart = System.nanoTime();
        this.clockRunning = true;
    }

    @Override
    public synchronized void accept(TrainingSnapshot s) {
        pending.add(s);
        long now = System.nanoTime();
        if (clockRunning) {
            seconds = secondsBefore + (now - clockStart) * 1e-9;
        }
        if (!outstanding && now - lastDelivery >= MIN_INTERVAL_NANOS) {
            schedule(now);
        }
    }

    synchronized void flush(double runningSeconds) {
        seconds = runningSeconds;
        secondsBefore = runningSeconds;
        clockRunning = false;
        if (!outstanding) {
            schedule(System.nanoTime());
        }
    }

    private void schedule(long now) {
        outstanding = true;
        lastDelivery = now;
        deliverOn.execute(this::deliver);
    }

    private void deliver() {
        Batch b;
        synchronized (this) {
            outstanding = false;
            b = new Batch(pending, restart, seconds);
            pending.clear();
            restart = false;
        }
        if (!b.snapshots().isEmpty() || b.restart()) {
            receiver.accept(b);
        }
    }
}
