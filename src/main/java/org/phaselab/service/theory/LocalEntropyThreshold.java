package org.phaselab.service.theory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.phaselab.theory.largedeviation.LargeDeviationTransition;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.numerics.RootResult;

/**
 * alpha_LE is a constant of the model (students at kappa = 0): computed once, on its own daemon thread, when first
 * asked for (~0.2 s), so that no plot waits for it; until it is known the plots say so.
 */
final class LocalEntropyThreshold {
    private static final AtomicReference<CompletableFuture<Threshold>> VALUE = new AtomicReference<>();
    private static final AtomicReference<CompletableFuture<List<Threshold>>> LARGE_DEVIATION = new AtomicReference<>();
    private static final String CRITERION = "RS Franz-Parisi, max-margin references, \u03c6_FP(d) turns non-monotonic; "
            + "literature beyond RS: 0.77-0.78";

    private LocalEntropyThreshold() {}

    /** The threshold if already computed, otherwise a not-converged placeholder that says it is being computed. */
    static Threshold valueIfReady() {
        return future().getNow(new Threshold("\\alpha_{LE}", Double.NaN, false, "being computed"));
    }

    /** The computation, started on first call. */
    static CompletableFuture<Threshold> future() {
        CompletableFuture<Threshold> f = VALUE.get();
        if (f != null) {
            return f;
        }
        CompletableFuture<Threshold> mine = new CompletableFuture<>();
        if (!VALUE.compareAndSet(null, mine)) {
            return VALUE.get();
        }
        Thread t = new Thread(() -> {
            try {
                mine.complete(compute());
            } catch (RuntimeException e) {
                mine.complete(new Threshold("\\alpha_{LE}", Double.NaN, false, "not computed: " + e.getMessage()));
            }
        }, "phaselab-alpha-le");
        t.setDaemon(true);
        t.start();
        return mine;
    }

    /** Waits for the threshold (for headless rendering). */
    static Threshold value() {
        return future().join();
    }

    private static Threshold compute() {
        RootResult r = new LocalEntropyTransition().alphaLE();
        return new Threshold("\\alpha_{LE}", r.root(), r.converged(), r.converged() ? CRITERION
                : "not found: " + r.convergence().reason());
    }

    /** The large-deviation thresholds (non-monotonic, negative) if already computed, otherwise none. */
    static List<Threshold> largeDeviationIfReady() {
        return largeDeviation().getNow(List.of());
    }

    /** Completes when alpha_LE and the large-deviation thresholds are both known, so that a redraw shows both. */
    static CompletableFuture<Threshold> whenBothReady() {
        return future().thenCombine(largeDeviation(), (value, ignored) -> value);
    }

    /** The large-deviation computation, started on first call on its own daemon thread. */
    static CompletableFuture<List<Threshold>> largeDeviation() {
        CompletableFuture<List<Threshold>> f = LARGE_DEVIATION.get();
        if (f != null) {
            return f;
        }
        CompletableFuture<List<Threshold>> mine = new CompletableFuture<>();
        if (!LARGE_DEVIATION.compareAndSet(null, mine)) {
            return LARGE_DEVIATION.get();
        }
        Thread t = new Thread(() -> {
            try {
                mine.complete(computeLargeDeviation());
            } catch (RuntimeException e) {
                mine.complete(List.of());
            }
        }, "phaselab-alpha-le-large-deviation");
        t.setDaemon(true);
        t.start();
        return mine;
    }

    private static List<Threshold> computeLargeDeviation() {
        LargeDeviationTransition.Thresholds t = new LargeDeviationTransition().thresholds();
        return List.of(
                new Threshold("\\alpha_{LE}^{LD}", t.nonMonotonic().root(), t.nonMonotonic().converged(),
                        LargeDeviationTransition.NON_MONOTONIC_CRITERION),
                new Threshold("\\alpha_{neg}^{LD}", t.negative().root(), t.negative().converged(),
                        LargeDeviationTransition.NEGATIVE_CRITERION));
    }
}
