package org.phaselab.service.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/** The local-entropy part of the backend with a fake solver: rows one at a time and kept, curves placed on the cut. */
class AtypicalBackendTest {
    private static final ThresholdResult ALPHA_C = new ThresholdResult(1.25, null, Convergence.reached(10, 0)); // N/P = 0.8

    @Test
    void lineGrowsOneRowPerCallInGridOrderAndKeepsEveryRow() {
        FakeAtypicalSource fake = new FakeAtypicalSource(List.of(3.0), List.of());
        AtypicalBackend b = new AtypicalBackend(fake);
        assertTrue(b.line().rows().isEmpty());
        LocalEntropyLine first = b.nextRow(Monitor.NONE);
        assertEquals(1, first.rows().size());
        assertEquals(AtypicalBackend.LINE_ALPHA_D[0], first.rows().get(0).alphaD());
        LocalEntropyLine line = first;
        while (!line.complete()) {
            line = b.nextRow(Monitor.NONE);
        }
        assertEquals(6, line.rows().size());
        assertEquals(5, line.convergedRows());
        assertEquals(1, line.failedRows());
        assertFalse(line.row(3.0).converged(), "the failing row is kept as not converged");
        assertTrue(Double.isNaN(line.row(3.0).overparameterization()), "and has no N/P, never a made-up one");
        assertEquals(1 / FakeAtypicalSource.alphaLE(10), line.row(10.0).overparameterization(), 1e-12);
        // each row carries the large-deviation threshold too, a gap where it failed
        assertEquals(1 / FakeAtypicalSource.alphaLargeDeviation(10), line.row(10.0).largeDeviationOverparameterization(), 1e-12);
        assertFalse(line.row(3.0).largeDeviationConverged());
        assertTrue(Double.isNaN(line.row(3.0).largeDeviationOverparameterization()));
        b.nextRow(Monitor.NONE);
        b.alphaLE(2.0, Monitor.NONE);
        for (double aD : AtypicalBackend.LINE_ALPHA_D) {
            assertEquals(1, fake.calls.get(aD).get(), "alpha_D = " + aD + " solved once");
        }
    }

    @Test
    void aSolverErrorIsARowThatDidNotConvergeAndTheLineGoesOn() {
        AtypicalBackend b = new AtypicalBackend(new FakeAtypicalSource(List.of(), List.of()) {
            @Override
            public ThresholdResult alphaLE(double alphaD, Monitor monitor) {
                if (alphaD == 0.5) {
                    throw new ArithmeticException("log of a negative number");
                }
                return super.alphaLE(alphaD, monitor);
            }
        });
        LocalEntropyLine line = b.nextRow(Monitor.NONE);
        assertFalse(line.row(0.5).converged());
        assertEquals("solver error: log of a negative number", line.row(0.5).failure());
        assertTrue(line.row(0.5).largeDeviationConverged(), "the other threshold of the row is still computed");
        assertEquals(1.0, b.nextRow(Monitor.NONE).rows().get(1).alphaD(), "the next call moves on to the next row");
    }

    @Test
    void aCancelledAlphaLEIsNotKept() {
        FakeAtypicalSource fake = new FakeAtypicalSource(List.of(), List.of(0.5));
        AtypicalBackend b = new AtypicalBackend(fake);
        Monitor cancelled = new Monitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void progress(double fraction) {}
        };
        assertThrows(CancelledException.class, () -> b.nextRow(cancelled));
        assertNull(b.knownAlphaLE(0.5));
        assertTrue(b.line().rows().isEmpty());
    }

    @Test
    void curvesSitAboveInterpolationInTheGapAndPastTheTransitionOnceAlphaLEIsKnown() {
        FakeAtypicalSource fake = new FakeAtypicalSource(List.of(), List.of());
        AtypicalBackend b = new AtypicalBackend(fake);
        LocalEntropyCurves before = b.curves(2.0, ALPHA_C, null, Monitor.NONE);
        assertEquals(2, before.curves().size());
        assertEquals(1.05 * 0.8, before.curves().get(0).overparameterization(), 1e-12);
        assertEquals(2.0 * 0.8, before.curves().get(1).overparameterization(), 1e-12);
        assertEquals(1, before.curves().get(0).failedPoints(), "the failed point is kept as failed");

        ThresholdResult le = new ThresholdResult(0.5, null, Convergence.reached(3, 0)); // N/P = 2
        LocalEntropyCurves after = b.curves(2.0, ALPHA_C, le, Monitor.NONE);
        assertEquals(List.of(0.84, 1.4, 2.5), after.curves().stream().map(c -> Math.round(c.overparameterization() * 1e9) / 1e9).toList());
        assertEquals("in the gap", after.curves().get(1).role());
        assertEquals(4, fake.curveCalls.get(), "the curve just above interpolation is reused");

        LocalEntropyCurves noReference = b.curves(2.0, new ThresholdResult(4.0, null, Convergence.reached(3, 0)), null, Monitor.NONE);
        assertTrue(noReference.curves().get(0).points().isEmpty());
        assertTrue(noReference.curves().get(0).failure().contains("no max-margin reference"));
        assertTrue(b.curves(2.0, new ThresholdResult(Double.NaN, null, Convergence.failed(Convergence.Kind.NO_SOLUTION, "x", 3, Double.NaN)), null, Monitor.NONE).curves().isEmpty(),
                "no alpha_c, no curves");
    }

    @Test
    void headlessLineComputesItsRowsSideBySide() {
        AtypicalBackend b = new AtypicalBackend(new FakeAtypicalSource(List.of(10.0), List.of()));
        LocalEntropyLine line = b.computeLine(new double[]{2, 10}, "render", 2, Monitor.NONE);
        assertTrue(line.complete());
        assertEquals(1, line.convergedRows());
        assertEquals("render", line.scope());
    }
}
