package org.phaselab.theory.largedeviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.storage.BinaryStorage;

/** The large-deviation measure with the reference a solution of margin kappaRef, finite y (docs/large-deviation.md, LD 12). */
class FiniteYSolutionReferenceTest {
    /**
     * LD 12.5: at y = 0 the measure is uniform over the solutions of margin kappaRef, so S_I = dPhi/dy is the
     * Franz-Parisi potential around a typical one (FranzParisi, an independent solver of THEORY.md section 3), Phi their
     * entropy s(alpha, kappaRef) (BinaryStorage) and q~ their overlap. Measured differences: 3e-12 and 4e-11 in S_I,
     * 3e-14 in Phi. Asked: 1e-8 in S_I and in the overlaps (q1, p and sigma = Sh of the Franz-Parisi saddle), 1e-10 in
     * Phi and q~.
     */
    @ParameterizedTest
    @CsvSource({"0.5, 0.3, 0.1", "0.7, 0.1, 0.03"})
    void atZeroYTheLocalEntropyIsFranzParisiAroundTypicalReferences(double alpha, double kappaRef, double d) {
        Reference ref = Reference.of(alpha, kappaRef);
        LocalEntropyPoint fp = new FranzParisi(ref, 0).solve(d);
        assertTrue(fp.converged());
        FiniteYSolutionReference.Point p = new FiniteYSolutionReference(alpha, 0, kappaRef)
                .solve(0, d, FiniteYSolutionReference.guessFromFranzParisi(fp, ref));
        assertTrue(p.convergence().converged(), p::toString);
        assertEquals(fp.phi(), p.localEntropy(), 1e-8);
        assertEquals(fp.q1(), p.q1(), 1e-8);
        assertEquals(fp.p(), p.p(), 1e-8);
        assertEquals(fp.sHat(), p.sigma(), 1e-8);
        assertEquals(new BinaryStorage().solve(alpha, kappaRef).entropy(), p.phi(), 1e-10);
        assertEquals(ref.q(), p.qt(), 1e-10);
    }

    /**
     * alpha = 0.7, kappaRef = 0.1, d = 0.03, from y = 0 to 4. Measured S_I = 0.026565, 0.036757, 0.044025, 0.053226,
     * 0.061248 at y = 0, 1, 2, 4, 8 (regression values, PhaseLab's own output; a rule twice as fine moves them by
     * 3e-11). Asked, from LD 1 (Phi convex in y, so dS_I/dy = d^2Phi/dy^2 &gt;= 0 and dSigma/dy = -y dS_I/dy &lt;= 0):
     * S_I increasing and Sigma decreasing; S_I below the free reference's y -&gt; infinity value S_LD = 0.0673
     * (FreeReferenceLocalEntropy: the densest references of all); S_I(4) to 1e-9 of its regression value; and
     * S_I = dPhi/dy, by a central difference of Phi over y = 1 +- 0.01 (step error ~1e-4 d^2S_I/dy^2 ~1e-7), to 1e-6.
     */
    @Test
    void localEntropyRisesWithYTowardsTheDensestReferences() {
        double alpha = 0.7, kappaRef = 0.1, d = 0.03;
        Reference ref = Reference.of(alpha, kappaRef);
        FiniteYSolutionReference f = new FiniteYSolutionReference(alpha, 0, kappaRef);
        FiniteYSolutionReference.Point start = f.solve(0, d,
                FiniteYSolutionReference.guessFromFranzParisi(new FranzParisi(ref, 0).solve(d), ref));
        FiniteYSolutionReference.Point[] p = f.along(start, new double[] {0.99, 1, 1.01, 2, 4});
        double limit = new FreeReferenceLocalEntropy(alpha, 0).solve(d).localEntropy();
        FiniteYSolutionReference.Point previous = start;
        for (FiniteYSolutionReference.Point q : p) {
            assertTrue(q.convergence().converged(), q::toString);
            assertTrue(q.localEntropy() > previous.localEntropy() && q.complexity() < previous.complexity(),
                    () -> q + " after " + previous);
            assertTrue(q.localEntropy() < limit, () -> q.localEntropy() + " < " + limit);
        }
        assertEquals(0.0532257849, p[4].localEntropy(), 1e-9);
        assertEquals((p[2].phi() - p[0].phi()) / 0.02, p[1].localEntropy(), 1e-6);
    }

    /**
     * LD 12.5: kappaRef = -infinity is the free reference of LD 11; at alpha = 0.5, d = 0.1, y = 8 it gives
     * S_I = 0.2195930516 as FiniteYFreeReference (0.219593051603, its own equations and trapezoid rules: regression
     * value), asked to 1e-8. Restricting the references to solutions sums exp(y N S_I) over fewer of them, so
     * Phi can only fall: measured Phi = 1.8832 (kappaRef = 0.3) against 1.9494 (free). S_I itself is not ordered at
     * finite y: the free measure also counts the entropy of the references, and picks less dense ones (measured
     * S_I = 0.2278 with kappaRef = 0.3 against 0.2196 free); only the y -&gt; infinity maxima are ordered.
     */
    @Test
    void restrictingTheReferencesLowersPhi() {
        double alpha = 0.5, d = 0.1, y = 8;
        FiniteYSolutionReference.Point free = new FiniteYSolutionReference(alpha, 0, Double.NEGATIVE_INFINITY)
                .solve(y, d, new double[] {0.6133, 0.6602, 0.5315, 0.63, 0.75});
        assertTrue(free.convergence().converged(), free::toString);
        assertEquals(0.219593051603, free.localEntropy(), 1e-8);
        FiniteYSolutionReference.Point solution = new FiniteYSolutionReference(alpha, 0, 0.3)
                .solve(y, d, new double[] {1.0371, 0.6533, 0.5486, 0.6437, 0.7592});
        assertTrue(solution.convergence().converged(), solution::toString);
        assertTrue(solution.phi() < free.phi(), () -> solution.phi() + " < " + free.phi());
        assertEquals(1.88324203, solution.phi(), 1e-7);
    }
}
