package org.phaselab.service.theory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.numerics.RootResult;

/**
 * alpha_LE is a constant of the model (students at kappa = 0): computed once, on its own daemon thread, when first
 * asked for (~0.2 s), so that no plot waits for it; until it is known the plots say so.
 */
final class LocalEntropyThreshold {
    private static final AtomicReference<CompletableFuture<Threshold>> VALUE = new AtomicReference<>();
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
}
