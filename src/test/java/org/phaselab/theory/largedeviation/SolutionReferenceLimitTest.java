package org.phaselab.theory.largedeviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phaselab.theory.localentropy.FranzParisi;

/** The y -&gt; infinity limit with the reference a solution (docs/large-deviation.md, LD 13). */
class SolutionReferenceLimitTest {
    /**
     * alpha = 0.7, kappaRef = 0.1, d = 0.1. The finite-y saddles of LD 12 (FiniteYSolutionReference, regression values:
     * a walk to y = 16 takes minutes) gave S_I = 0.105600, 0.107512 and y (1 - q~) = 1.3563, 1.6125, y (S - p) =
     * 0.6292, 0.7073, y (q1 - q0) = 0.3393, 0.3679 at y = 8, 16, each moving monotonically in y. Asked: the limit,
     * solved from the y = 16 saddle's scaled unknowns, lies beyond the y = 16 value in the direction of that motion for all four
     * (S_LD = 0.108620, c = 1.9717, eps = 0.7846, Delta = 0.3910 measured), S_LD within 1.5e-3 of S_I(16), and below the
     * free reference's S_LD = 0.108988 (FreeReferenceLocalEntropy: a maximum over more references).
     */
    @Test
    void isTheLimitOfTheFiniteYSaddles() {
        double alpha = 0.7, d = 0.1;
        // from the y = 16 saddle's scaled unknowns (sigma - ph rounded: ~0.3 on these saddles)
        double[] atY16 = SolutionReferenceLimit.unknowns(0.3, 0.6680, 0.3679, 0.7073, 1.6125);
        LargeDeviationPoint limit = new SolutionReferenceLimit(alpha, 0, 0.1).solve(d, atY16);
        assertTrue(limit.converged(), limit::toString);
        assertEquals(0.108620, limit.localEntropy(), 1e-6);
        assertTrue(limit.localEntropy() > 0.107512 && limit.localEntropy() - 0.107512 < 1.5e-3);
        assertTrue(limit.referenceSpread() > 1.6125 && limit.referenceShift() > 0.7073 && limit.delta() > 0.3679,
                limit::toString);
        assertTrue(limit.localEntropy() < new FreeReferenceLocalEntropy(alpha, 0).solve(d).localEntropy());
    }

    /**
     * alpha = 0.75, kappaRef = kappa = 0: between the Franz-Parisi potential around typical solutions (the y = 0 end,
     * LD 12.5) and the free reference's S_LD at d = 0.1 and 0.05 (measured 0.068517 and 0.047974 against 0.068771 and
     * 0.047986; the two coincide to 1e-6 below d = 0.04, LD 13.6); and the slope 2 (sigma' - alpha dG_E/dS) (LD 13.4)
     * equal to the central difference of S_LD over d +- 1e-4 (step error ~1e-8 d^3S/dd^3) to 1e-5.
     */
    @Test
    void liesBetweenTypicalAndFreeReferencesWithTheEnvelopeSlope() {
        double alpha = 0.75;
        SolutionReferenceLimit lim = new SolutionReferenceLimit(alpha, 0, 0);
        FreeReferenceLocalEntropy free = new FreeReferenceLocalEntropy(alpha, 0);
        double[] x = SolutionReferenceLimit.unknowns(0.2145, 0.6760, 0.3026, 0.6756, 2.1237);
        double h = 1e-4;
        LargeDeviationPoint[] p = lim.curve(0.1, x, new double[] {0.1, 0.05 + h, 0.05, 0.05 - h});
        for (LargeDeviationPoint q : p) {
            assertTrue(q.converged(), q::toString);
        }
        for (LargeDeviationPoint q : new LargeDeviationPoint[] {p[0], p[2]}) {
            double typical = new FranzParisi(alpha, 0, 0).solve(q.d()).phi();
            double densest = free.solve(q.d()).localEntropy();
            assertTrue(typical < q.localEntropy() && q.localEntropy() < densest,
                    () -> typical + " < " + q.localEntropy() + " < " + densest);
        }
        assertEquals(0.068517, p[0].localEntropy(), 1e-6);
        assertEquals(0.047974, p[2].localEntropy(), 1e-6);
        assertEquals((p[1].localEntropy() - p[3].localEntropy()) / (2 * h), p[2].slope(), 1e-5);
    }
}
