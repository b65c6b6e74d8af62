package org.phaselab.service.theory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.phaselab.theory.largedeviation.LargeDeviationTransition;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.numerics.RootResult;

/**
 * alpha_LE is a constant of the model (students at kappa = 0): computed once in the background on first use,
 * so that no local-entropy plot waits for it; until it is known the plots say so. The large-deviation thresholds
 * (docs/large-deviation.md LD 6, ~1 s) are computed in the same job, after it.
 */
final class LocalEntropyThreshold {
    private static final CompletableFuture<Threshold> VALUE = CompletableFuture.supplyAsync(LocalEntropyThreshold::compute);
    private static final CompletableFuture<List<Threshold>> LARGE_DEVIATION =
            VALUE.thenApplyAsync(ignored -> computeLargeDeviation()).exceptionally(e -> List.of());
    /** Completes when both are known, so that a plot redrawn then shows both. */
    private static final CompletableFuture<Threshold> BOTH = LARGE_DEVIATION.thenApply(ignored -> VALUE.join());

    private LocalEntropyThreshold() {}

    /** The threshold if already computed, otherwise a not-converged placeholder that says it is being computed. */
    static Threshold valueIfReady() {
        return VALUE.getNow(new Threshold("\\alpha_{LE}", Double.NaN, false, "being computed"));
    }

    /** The large-deviation thresholds (non-monotonic, negative) if already computed, otherwise none. */
    static List<Threshold> largeDeviationIfReady() {
        return LARGE_DEVIATION.getNow(List.of());
    }

    static CompletableFuture<Threshold> future() {
        return BOTH;
    }

    /** Waits for the thresholds (for headless rendering). */
    static Threshold value() {
        return BOTH.join();
    }

    private static Threshold compute() {
        RootResult r = new LocalEntropyTransition().alphaLE(0.70, 0.76);
        return new Threshold("\\alpha_{LE}", r.root(), r.converged(), "RS Franz-Parisi, max-margin references, φ_FP(d) turns non-monotonic; literature beyond RS: 0.77-0.78");
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
