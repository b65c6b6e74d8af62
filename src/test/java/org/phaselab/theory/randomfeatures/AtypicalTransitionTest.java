package org.phaselab.theory.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phaselab.progress.Monitor;

/** alpha_LE(alpha_D) by the non-monotonicity criterion of THEORY.md section 3 (the slowest test here, ~1 min). */
class AtypicalTransitionTest {

    /**
     * At alpha_D = 1: the root lies between the storage limit (0.729, RS, alpha_D -> 0) and alpha_c = 0.9418, the
     * curves below it are monotonic and those above are not (the defining property, checked on both sides), and it
     * stays where it was first computed (0.8192; a regression value, not a literature one: the paper's number could
     * not be read).
     */
    @Test
    void atAlphaDOneTheLocalEntropyTurnsNonMonotonicBetweenStorageAndInterpolation() {
        AtypicalTransition transition = new AtypicalTransition(Monitor.NONE);
        ThresholdResult le = transition.alphaLE(1.0);
        assertTrue(le.converged(), le.failure());
        assertTrue(le.value() > 0.729 && le.value() < 0.9418, "alpha_LE = " + le.value());
        assertEquals(0.8192, le.value(), 1e-3);
        assertTrue(transition.minimalSlope(le.value() - 0.02, 1.0).value() > 0);
        assertTrue(transition.minimalSlope(le.value() + 0.02, 1.0).value() < 0);
        // and to its stated accuracy (the last secant step, 5e-5): the slope from the curves themselves changes sign
        // within 2e-5 of the root (a minimal slope of ~ +-6e-4 there, against the dip depth's ~1e-6 error)
        assertTrue(transition.minimalSlope(le.value() - 2e-5, 1.0).value() > 0);
        assertTrue(transition.minimalSlope(le.value() + 2e-5, 1.0).value() < 0);
        // the reference handed back is the max-margin one at alpha_LE: zero entropy
        assertEquals(0, le.saddle().entropy(), 1e-7);
    }

    /**
     * issue 13: alpha_LE is continuous down to alpha_D -> 0, the storage problem (alpha_LE = 0.7290, RS): at
     * alpha_D = 0.01 (gamma = alpha/alpha_D ~ 73 latent dimensions per weight) within 2e-3 of it, above it.
     */
    @Test
    void towardsTheStorageLimitAlphaLeTendsToItsStorageValue() {
        double storage = new org.phaselab.theory.localentropy.LocalEntropyTransition().alphaLE().root();
        ThresholdResult le = new AtypicalTransition(Monitor.NONE).alphaLE(0.01);
        assertTrue(le.converged(), le.failure());
        assertTrue(le.value() > storage && le.value() < storage + 2e-3, "alpha_LE(0.01) = " + le.value() + ", storage " + storage);
    }
}
