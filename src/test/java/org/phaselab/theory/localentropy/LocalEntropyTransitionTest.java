package org.phaselab.theory.localentropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;

/** alpha_LE and alpha_negative (THEORY.md section 3) against independent values and against the curve itself. */
class LocalEntropyTransitionTest {
    @Test
    void alphaLeLiesWhereTwoIndependentComputationsPutIt() {
        // issue 13: min over d of d phi/d d = 0 at alpha = 0.72903-0.72914 (two independent computations)
        RootResult le = new LocalEntropyTransition().alphaLE();
        assertTrue(le.converged(), String.valueOf(le.convergence()));
        assertTrue(le.root() > 0.72903 - 1e-5 && le.root() < 0.72914 + 1e-5, "alpha_LE = " + le.root());
    }

    @Test
    void theSlopeOfTheCurveItselfChangesSignAtAlphaLe() {
        // the threshold against a slope computed from phi alone: central differences on a fine grid through the dip
        double alphaLe = new LocalEntropyTransition().alphaLE().root();
        assertTrue(smallestDifferenceSlope(alphaLe - 3e-4) > 0, "monotonic just below alpha_LE");
        assertTrue(smallestDifferenceSlope(alphaLe + 3e-4) < 0, "non-monotonic just above");
    }

    @Test
    void minimalSlopeAtTheOldValueIsStillPositive() {
        // issue 13: at alpha = 0.72880 the minimum slope is +0.0087 at d ~ 0.005
        LocalEntropyTransition.Dip dip = new LocalEntropyTransition().minimalSlope(0.7288);
        assertTrue(dip.converged());
        assertEquals(0.0087, dip.value(), 2e-4);
        assertEquals(0.005, dip.d(), 3e-4);
    }

    @Test
    void theDipGoesNegativeAtAlphaNegative() {
        // docs/local-entropy.md: 0.7477 (regression value, PhaseLab's own output, to 1e-4)
        RootResult negative = new LocalEntropyTransition().alphaNegative();
        assertTrue(negative.converged());
        assertEquals(0.7477, negative.root(), 1e-4);
    }

    /** min over a fine d-grid of (phi(d + h) - phi(d - h))/2h around the max-margin references at alpha. */
    private static double smallestDifferenceSlope(double alpha) {
        double h = 1e-4;
        double[] d = new double[41];
        for (int i = 0; i < d.length; i++) {
            d[i] = 0.003 + 1e-4 * i;
        }
        FranzParisi fp = new FranzParisi(alpha, new BinaryStorage().kappaMax(alpha).root(), 0);
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 1; i + 1 < d.length; i++) {
            List<LocalEntropyPoint> c = fp.curve(new double[] {d[i] - h, d[i] + h}, Monitor.NONE);
            smallest = Math.min(smallest, (c.get(1).phi() - c.get(0).phi()) / (2 * h));
        }
        return smallest;
    }
}
