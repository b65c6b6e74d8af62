package org.phaselab.service.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

/** One computation per key: a second caller waits for the first, and takes over when the first is cancelled. */
class KeptResultsTest {
    /** Two callers at once, whatever the common pool's size on this machine. */
    private final java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(2);

    @org.junit.jupiter.api.AfterEach
    void stop() {
        callers.shutdownNow();
    }

    private static Monitor cancelledWhen(AtomicBoolean flag) {
        return new Monitor() {
            @Override
            public boolean isCancelled() {
                return flag.get();
            }

            @Override
            public void progress(double fraction) {}
        };
    }

    @Test
    void aSecondCallerForAKeyInFlightWaitsForTheFirstInsteadOfComputingAgain() throws Exception {
        KeptResults<Double, String> kept = new KeptResults<>();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> kept.get(2.0, m -> {
            computed.incrementAndGet();
            started.countDown();
            await(release);
            return "done";
        }, Monitor.NONE), callers);
        started.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> kept.get(2.0, m -> {
            computed.incrementAndGet();
            return "again";
        }, Monitor.NONE), callers);
        Thread.sleep(120); // the second caller is waiting
        release.countDown();
        assertEquals("done", first.get(5, TimeUnit.SECONDS));
        assertEquals("done", second.get(5, TimeUnit.SECONDS));
        assertEquals(1, computed.get());
        assertEquals("done", kept.known(2.0));
    }

    @Test
    void whenTheFirstCallerIsCancelledTheWaitingOneComputesAndNothingCutShortIsKept() throws Exception {
        KeptResults<Double, String> kept = new KeptResults<>();
        AtomicBoolean cancelFirst = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> kept.get(5.0, m -> {
            started.countDown();
            while (!m.isCancelled()) {
                Thread.onSpinWait();
            }
            return "cut short";
        }, cancelledWhen(cancelFirst)), callers);
        started.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> kept.get(5.0, m -> "second", Monitor.NONE), callers);
        Thread.sleep(120);
        cancelFirst.set(true);
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
        Exception e = assertThrows(Exception.class, () -> first.get(5, TimeUnit.SECONDS));
        assertEquals(CancelledException.class, e.getCause().getClass());
        assertEquals("second", kept.known(5.0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
