package org.phaselab.theory.largedeviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The finite-y free energy tends to the y -&gt; infinity one (docs/large-deviation.md, LD 11): a check of the scaling
 * q1 - q0 = Delta/y and of the envelopes of LD 3, by a computation that uses neither.
 */
class FiniteYFreeReferenceTest {
    /**
     * alpha = 0.7, d = 0.1: S_LD = 0.108988, Delta = 0.3975. Measured at y = 16, 24: S_I = 0.105782, 0.107241
     * (1.7e-3 below the limit at y = 24, shrinking between 1/y and 1/y^2), y (q1 - q0) = 0.4241, 0.4124. Asked: S_I
     * increases with y (dS_I/dy is a variance), stays below the limit, within 3e-3 of it at y = 24, and
     * y (q1 - q0) within 0.03 of Delta.
     */
    @Test
    void largeYApproachesTheLimit() {
        LargeDeviationPoint limit = new FreeReferenceLocalEntropy(0.7, 0).solve(0.1);
        FiniteYFreeReference.Point[] p = new FiniteYFreeReference(0.7, 0).fromLimit(limit, new double[] {24, 16});
        for (FiniteYFreeReference.Point q : p) {
            assertTrue(q.convergence().converged(), q::toString);
        }
        assertTrue(p[1].localEntropy() < p[0].localEntropy() && p[0].localEntropy() < limit.localEntropy(),
                () -> p[1].localEntropy() + " < " + p[0].localEntropy() + " < " + limit.localEntropy());
        assertEquals(limit.localEntropy(), p[0].localEntropy(), 3e-3);
        assertEquals(limit.delta(), 24 * (p[0].q1() - p[0].q0()), 0.03);
        assertEquals(limit.q1(), p[0].q1(), 0.01);
        // LD 11: dSigma/dy = -y dS_I/dy < 0; measured Sigma = 0.0791, 0.0522 at y = 16, 24
        assertTrue(p[0].complexity() < p[1].complexity() && p[0].complexity() > 0, () -> p[0] + " / " + p[1]);
    }

    /**
     * LD 11: the references picked at zero complexity. alpha = 0.75, d = 0.041, reached from the limit at d = 0.05
     * (y = 16, 12) and at y = 12 down in d. Measured y* = 11.80, S_I(y*) = 0.040771 against S_LD = 0.04460; asked:
     * Sigma = 0 to 1e-9, y* within 0.5 of the measured value, S_I(y*) below S_LD.
     */
    @Test
    void zeroComplexity() {
        FiniteYFreeReference f = new FiniteYFreeReference(0.75, 0);
        LargeDeviationPoint limit = new FreeReferenceLocalEntropy(0.75, 0).solve(0.05);
        double[] x = f.fromLimit(limit, new double[] {16, 12})[1].unknowns();
        for (double d : new double[] {0.045, 0.041}) {
            x = f.solve(12, d, x).unknowns();
        }
        FiniteYFreeReference.Point z = f.atZeroComplexity(0.041, new double[] {x[0], x[1], x[2], Math.log(12)});
        assertTrue(z.convergence().converged(), z::toString);
        assertEquals(0, z.complexity(), 1e-9);
        assertEquals(11.80, z.y(), 0.5);
        assertTrue(z.localEntropy() < new FreeReferenceLocalEntropy(0.75, 0).solve(0.041).localEntropy());
    }
}
