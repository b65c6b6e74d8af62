package org.phaselab.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestWinsServiceTest {

    /** Collects outcomes and progress. */
    static final class Recorder implements RequestListener<Integer> {
        final List<Outcome<Integer>> outcomes = new ArrayList<>();
        final List<Double> progress = new ArrayList<>();

        @Override
        public void onProgress(double fraction) {
            progress.add(fraction);
        }

        @Override
        public void onOutcome(Outcome<Integer> outcome) {
            outcomes.add(outcome);
        }
    }

    @Test
    void burstOfRequestsComputesOnlyTheLast() {
        Queue<Runnable> queue = new ArrayDeque<>();
        LatestWinsService<Integer> service = new LatestWinsService<>(queue::add, Runnable::run);
        Recorder recorder = new Recorder();
        List<Integer> computed = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int value = i;
            service.submit(m -> {
                computed.add(value);
                return value * value;
            }, recorder);
        }
        queue.forEach(Runnable::run);
        assertEquals(List.of(10), computed, "stale requests are skipped without computing");
        assertEquals(1, recorder.outcomes.size());
        assertEquals(100, ((Outcome.Done<Integer>) recorder.outcomes.get(0)).value());
    }

    @Test
    void newerRequestCancelsTheOneInFlight() throws Exception {
        Recorder recorder = new Recorder();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        try (LatestWinsService<Integer> service = new LatestWinsService<>("test", Runnable::run)) {
            service.submit(m -> {
                started.countDown();
                while (!m.isCancelled()) {
                    Thread.onSpinWait();
                }
                m.checkCancelled();
                return -1;
            }, recorder);
            assertTrue(started.await(5, TimeUnit.SECONDS));
            service.submit(m -> {
                m.progress(0.5);
                finished.countDown();
                return 7;
            }, recorder);
            assertTrue(finished.await(5, TimeUnit.SECONDS));
            Thread.sleep(50);
        }
        synchronized (recorder) {
            assertEquals(1, recorder.outcomes.stream().filter(o -> o instanceof Outcome.Done).count());
            Outcome.Done<Integer> done = (Outcome.Done<Integer>) recorder.outcomes.stream()
                    .filter(o -> o instanceof Outcome.Done).findFirst().orElseThrow();
            assertEquals(7, done.value());
            assertEquals(List.of(0.5), recorder.progress);
        }
    }

    @Test
    void failureBecomesAMessageNotAnException() {
        LatestWinsService<Integer> service = new LatestWinsService<>(Runnable::run, Runnable::run);
        Recorder recorder = new Recorder();
        service.submit(m -> {
            throw new IllegalStateException("saddle point did not converge at alpha = 0.9");
        }, recorder);
        Outcome.Failed<Integer> failed = assertInstanceOf(Outcome.Failed.class, recorder.outcomes.get(0));
        assertEquals("saddle point did not converge at alpha = 0.9", failed.message());
    }

    @Test
    void explicitCancelDeliversCancelled() {
        Queue<Runnable> queue = new ArrayDeque<>();
        LatestWinsService<Integer> service = new LatestWinsService<>(queue::add, Runnable::run);
        Recorder recorder = new Recorder();
        service.submit(m -> 1, recorder);
        service.cancel();
        queue.forEach(Runnable::run);
        assertEquals(1, recorder.outcomes.size());
        assertInstanceOf(Outcome.Cancelled.class, recorder.outcomes.get(0));
    }

    @Test
    void aLateCancelDeliversNothingAfterTheResult() {
        Queue<Runnable> queue = new ArrayDeque<>();
        LatestWinsService<Integer> service = new LatestWinsService<>(queue::add, Runnable::run);
        Recorder recorder = new Recorder();
        service.submit(m -> 7, recorder);
        queue.forEach(Runnable::run);
        service.cancel();
        assertEquals(1, recorder.outcomes.size(), "one outcome per request");
        assertInstanceOf(Outcome.Done.class, recorder.outcomes.get(0));
    }

    @Test
    void anErrorBecomesAFailedOutcomeAndTheWorkerLivesOn() {
        Queue<Runnable> queue = new ArrayDeque<>();
        LatestWinsService<Integer> service = new LatestWinsService<>(queue::add, Runnable::run);
        Recorder first = new Recorder();
        service.submit(m -> {
            throw new OutOfMemoryError("Java heap space");
        }, first);
        queue.poll().run();
        assertEquals(1, first.outcomes.size());
        assertInstanceOf(Outcome.Failed.class, first.outcomes.get(0));
        Recorder second = new Recorder();
        service.submit(m -> 3, second);
        queue.poll().run();
        assertEquals(3, ((Outcome.Done<Integer>) second.outcomes.get(0)).value());
    }
}
