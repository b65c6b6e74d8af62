package org.phaselab.service.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.randomfeatures.CutPoint;
import org.phaselab.theory.randomfeatures.PhaseDiagram;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;
import org.phaselab.theory.randomfeatures.RandomFeaturesSolver;

/** The backend returns the solver's numbers on its grids, keeps the phase diagram, and stops when cancelled. */
class RandomFeaturesBackendTest {
    private final RandomFeaturesBackend backend = new RandomFeaturesBackend();

    @Test
    void cutCarriesTheSolversTypicalSaddlesAndTheInterpolationPoint() {
        RandomFeaturesCut cut = backend.cut(1.0, false, Monitor.NONE);
        assertEquals(RandomFeaturesBackend.TYPICAL_POINTS, cut.typical().size());
        assertTrue(cut.maxMargin().isEmpty());
        // docs/random-features.md: alpha_c(alpha_D = 1) = 0.9418
        assertEquals(0.9418, cut.interpolation().value(), 1e-4);
        int converged = 0;
        for (CutPoint p : cut.typical()) {
            if (p.overparameterization() > cut.interpolationOverparameterization()) {
                assertTrue(p.converged(), "every SAT point converges, N/P = " + p.overparameterization());
            }
            if (!p.converged()) {
                assertTrue(Double.isNaN(p.entropy()), "a failed saddle is a gap, not a number");
                continue;
            }
            converged++;
            double direct = RandomFeaturesSolver.DEFAULT.solve(RandomFeaturesModel.sign(p.alpha(), 1.0)).entropy();
            assertEquals(direct, p.entropy(), 1e-8, "N/P = " + p.overparameterization());
            assertEquals(p.overparameterization() > cut.interpolationOverparameterization(), p.satisfiable());
        }
        assertTrue(converged >= 30, "deep in UNSAT (N/P ~ 0.4) RS may fail; most of the cut converges: " + converged);
    }

    @Test
    void phaseDiagramIsComputedOnceAndCancellationStopsACut() {
        PhaseDiagram.Result first = backend.phaseDiagram(Monitor.NONE);
        assertSame(first, backend.phaseDiagram(Monitor.NONE));
        assertEquals(RandomFeaturesBackend.DIAGRAM_ALPHA_D.length, first.points().size());
        // docs/random-features.md table: alpha_c(2) = 1.0452, alpha_c(10) = 1.6172, alpha_c(20) = 2.0495
        assertEquals(1.0452, first.points().get(3).alphaC(), 1e-4);
        assertEquals(1.6172, first.points().get(7).alphaC(), 1e-4);
        assertEquals(2.0495, first.points().get(9).alphaC(), 1e-4);
        assertTrue(first.points().stream().allMatch(p -> Double.isNaN(p.alphaLE())), "alpha_LE is not computed");

        AtomicInteger polls = new AtomicInteger();
        Monitor stopSoon = new Monitor() {
            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > 5;
            }

            @Override
            public void progress(double fraction) {}
        };
        assertThrows(CancelledException.class, () -> backend.cut(1.0, true, stopSoon));
    }
}
