package org.phaselab.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.phaselab.training.trainer.TrainingSnapshot;

/** Batched delivery with a hand-run "UI thread": never more than one delivery queued, nothing lost, order kept. */
class SnapshotBatcherTest {
    private final Queue<Runnable> uiThread = new ArrayDeque<>();
    private final List<SnapshotBatcher.Batch> received = new ArrayList<>();
    private final SnapshotBatcher batcher = new SnapshotBatcher(uiThread::add, received::add);

    private static TrainingSnapshot at(int epoch) {
        return new TrainingSnapshot(epoch, 10 - epoch % 10, 0.1, Double.NaN, Double.NaN, new double[0]);
    }

    private void runUiThread() {
        while (!uiThread.isEmpty()) {
            uiThread.poll().run();
        }
    }

    @Test
    void aFastRunQueuesAtMostOneDeliveryAndLosesNothing() {
        batcher.startClock(0);
        for (int e = 0; e < 10_000; e++) {
            batcher.accept(at(e));
            assertTrue(uiThread.size() <= 1, "at most one delivery outstanding");
        }
        batcher.flush(1.5);
        runUiThread();
        List<Integer> epochs = received.stream().flatMap(b -> b.snapshots().stream()).map(TrainingSnapshot::epoch).toList();
        assertEquals(10_000, epochs.size());
        for (int e = 0; e < epochs.size(); e++) {
            assertEquals(e, epochs.get(e));
        }
        assertEquals(1, received.size(), "the UI thread was busy: one batch");
        assertEquals(1.5, received.get(0).seconds());
    }

    @Test
    void restartDropsPendingSnapshotsAndTellsTheReceiver() {
        batcher.accept(at(0));
        batcher.accept(at(1));
        batcher.restart();
        batcher.accept(at(0));
        batcher.flush(0);
        runUiThread();
        assertEquals(1, received.size());
        assertTrue(received.get(0).restart());
        assertEquals(List.of(0), received.get(0).snapshots().stream().map(TrainingSnapshot::epoch).toList());
        batcher.flush(0);
        runUiThread();
        assertEquals(1, received.size(), "an empty flush delivers nothing");
        assertFalse(received.get(0).snapshots().isEmpty());
    }
}
