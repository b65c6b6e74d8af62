package org.phaselab.theory.largedeviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The thresholds of the y -&gt; infinity free-reference local entropy (docs/large-deviation.md, LD 6). */
class LargeDeviationTransitionTest {
    private final LargeDeviationTransition transition = new LargeDeviationTransition();

    /**
     * Measured alpha_U = 0.7553 (Brent, tolerance 1e-4) and alpha_negative = 0.8142; asked to 1e-3. Both lie between
     * the RS Franz-Parisi numbers (0.729, 0.748) and the RS capacity 0.833, and alpha_U below the literature's
     * 0.77-0.78 (LD 8).
     */
    @Test
    void thresholds() {
        LargeDeviationTransition.Thresholds t = transition.thresholds();
        assertTrue(t.converged(), t::toString);
        assertEquals(0.7553, t.nonMonotonic().root(), 1e-3);
        assertEquals(0.8142, t.negative().root(), 1e-3);
    }

    /** The criterion's sign: sigma stays positive below alpha_U; the branch ends at sigma = 0 above it. */
    @Test
    void couplingChangesSignAcrossAlphaU() {
        assertTrue(transition.minimalCoupling(0.74) > 0.05);
        assertTrue(transition.minimalCoupling(0.77) < 0);
        assertTrue(Double.isNaN(transition.endEntropy(0.74)));
        double atEnd = transition.endEntropy(0.78);
        assertTrue(atEnd > 0 && atEnd < new FreeReferenceLocalEntropy(0.78, 0).typicalEntropy(), "S_I at the end " + atEnd);
        assertTrue(transition.endEntropy(0.83) < 0);
    }
}
