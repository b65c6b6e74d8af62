package org.phaselab.service.theory;

import java.util.concurrent.CompletableFuture;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.numerics.RootResult;

/**
 * alpha_LE is a constant of the model (students at kappa = 0): computed once in the background on first use,
 * so that no local-entropy plot waits for it; until it is known the plots say so.
 */
final class LocalEntropyThreshold {
    private static final CompletableFuture<Threshold> VALUE = CompletableFuture.supplyAsync(LocalEntropyThreshold::compute);

    private LocalEntropyThreshold() {}

    /** The threshold if already computed, otherwise a not-converged placeholder that says it is being computed. */
    static Threshold valueIfReady() {
        return VALUE.getNow(new Threshold("\\alpha_{LE}", Double.NaN, false, "being computed"));
    }

    static CompletableFuture<Threshold> future() {
        return VALUE;
    }

    /** Waits for the threshold (for headless rendering). */
    static Threshold value() {
        return VALUE.join();
    }

    private static Threshold compute() {
        RootResult r = new LocalEntropyTransition().alphaLE(0.70, 0.76);
        return new Threshold("\\alpha_{LE}", r.root(), r.converged(), "RS Franz-Parisi, max-margin references, φ_FP(d) turns non-monotonic; literature beyond RS: 0.77-0.78");
    }
}
