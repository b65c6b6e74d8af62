package org.phaselab.theory.largedeviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;

/**
 * How the thresholds of LD 14.2 are read off a walk, and that a criterion which cannot be read (LD 14.3) ends a search
 * with its reason, never a value; on made-up walks (slopes and entropies chosen here, not computed), so it runs in
 * milliseconds.
 */
class SolutionReferenceReadingTest {
    private static LargeDeviationPoint point(double d, double entropy, double slope) {
        double n = Double.NaN;
        return new LargeDeviationPoint(d, entropy, slope, n, LargeDeviationPoint.Branch.FROM_TYPICAL, n, n, slope / 2, n, n,
                n, n, n, Convergence.reached(1, 0));
    }

    /** Descending d, the slope falling then rising again: the smallest slope was passed and is the reading. */
    @Test
    void aPassedMinimumIsReadAsHalfTheSmallestSlope() {
        SolutionReferenceShape.Shape s = new SolutionReferenceShape.Shape(List.of(point(0.05, 0.05, 0.3),
                point(0.03, 0.045, 0.1), point(0.02, 0.044, 0.2)), point(0.016, 0.043, 0.25));
        assertEquals(0.05, SolutionReferenceTransition.slopeReading(0.75, s).value());
        SolutionReferenceTransition.Reading e = SolutionReferenceTransition.entropyReading(0.75, s);
        assertTrue(Double.isNaN(e.value()) && e.undefined().contains("no local minimum"), e::toString);
    }

    /** The slope still falling where the walk stops: minus that d, and S_LD there for the negative criterion. */
    @Test
    void aStopWithTheSlopeFallingIsReadAsMinusItsDistance() {
        SolutionReferenceShape.Shape s = new SolutionReferenceShape.Shape(List.of(point(0.05, 0.03, 0.3),
                point(0.04, 0.027, 0.1)), point(0.037, 0.025, 0.02));
        assertEquals(-0.037, SolutionReferenceTransition.slopeReading(0.78, s).value());
        assertEquals(0.025, SolutionReferenceTransition.entropyReading(0.78, s).value());
    }

    /** The smallest slope at the walk's first point (e.g. alpha = 0.70, LD 14.3): undefined, with the reason. */
    @Test
    void aMinimumAtTheFirstPointCannotBeRead() {
        SolutionReferenceShape.Shape s = new SolutionReferenceShape.Shape(List.of(point(0.1, 0.1, 0.5),
                point(0.05, 0.08, 0.6), point(0.025, 0.06, 0.55)), point(0.0205, 0.058, 0.5));
        SolutionReferenceTransition.Reading r = SolutionReferenceTransition.slopeReading(0.7, s);
        assertTrue(Double.isNaN(r.value()), r::toString);
        assertTrue(r.undefined().contains("stops at d = 0.0205") && r.undefined().contains("not passed"), r.undefined());
    }

    /** A search that meets an unreadable load fails as NO_SOLUTION with that load's reason; a readable one converges. */
    @Test
    void anUnreadableLoadEndsTheSearchWithItsReason() {
        SolutionReferenceTransition t = new SolutionReferenceTransition();
        RootResult failed = t.search(a -> a < 0.755 ? SolutionReferenceTransition.Reading.of(0.755 - a)
                : new SolutionReferenceTransition.Reading(Double.NaN, "at alpha = " + a + " the walk did X"), 0.75, 0.76);
        assertFalse(failed.converged());
        assertTrue(Double.isNaN(failed.root()));
        assertEquals(Convergence.Kind.NO_SOLUTION, failed.convergence().kind());
        assertTrue(failed.convergence().reason().contains("the walk did X"), failed.convergence().reason());
        RootResult found = t.search(a -> SolutionReferenceTransition.Reading.of(0.755 - a), 0.75, 0.76);
        assertTrue(found.converged());
        assertEquals(0.755, found.root(), 1e-4);
    }
}
