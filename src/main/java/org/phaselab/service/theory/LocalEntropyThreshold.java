package org.phaselab.service.theory;

import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.numerics.RootResult;

/** alpha_LE is a constant of the model: computed once, on first use (off the UI thread), then kept. */
final class LocalEntropyThreshold {
    private LocalEntropyThreshold() {}

    private static final class Holder {
        static final Threshold VALUE = compute();
    }

    static Threshold value() {
        return Holder.VALUE;
    }

    private static Threshold compute() {
        RootResult r = new LocalEntropyTransition().alphaLE(0.70, 0.76);
        return new Threshold("\\alpha_{LE}", r.root(), r.converged(), "max-margin references: φ_FP(d) turns non-monotonic");
    }
}
