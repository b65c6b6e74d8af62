package org.phaselab.training.jamming;

import org.phaselab.training.Activation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

class JammingTrainingTest {
    private static final TrainingOptions SHORT = TrainingOptions.defaults().withMaxSteps(4000);

    @Test
    void wideNetFitsFewPoints() {
        JammingRun run = JammingRun.train(new JammingSetup(20, 10, 2, 20, Activation.TANH, 1, SHORT), Monitor.NONE);
        assertTrue(run.sat(), "N = " + run.weightCount() + " weights should fit P = 20 points");
        assertEquals(0, run.nDelta());
        assertEquals(0.0, run.loss());
        for (double delta : run.deltas()) {
            assertTrue(delta <= 0);
        }
    }

    @Test
    void tinyNetFailsManyPoints() {
        JammingRun run = JammingRun.train(new JammingSetup(200, 10, 1, 2, Activation.TANH, 1, SHORT), Monitor.NONE);
        assertFalse(run.sat(), "N = 22 weights cannot fit P = 200 random points");
        assertTrue(run.nDelta() > run.weightCount(), "deep in UNSAT, N_Delta > N; got " + run.nDelta());
        assertTrue(run.loss() > 0.05, "loss " + run.loss());
    }

    @Test
    void hessianAtAnUnsatMinimumIsNearlyPositiveWithFewerNegativesThanViolations() {
        JammingRun run = JammingRun.train(new JammingSetup(60, 5, 1, 3, Activation.TANH, 2, SHORT), Monitor.NONE);
        assertFalse(run.sat());
        HessianSpectrum spectrum = run.hessian();
        assertEquals(run.weightCount(), spectrum.eigenvalues().length);
        assertEquals(run.weightCount(), spectrum.negative() + spectrum.zero() + spectrum.positive());
        // Geiger et al. eq. (6): at a stable minimum the negative modes are bounded by N_Delta
        assertTrue(spectrum.negative() <= run.nDelta());
        double top = spectrum.eigenvalues()[spectrum.eigenvalues().length - 1];
        assertTrue(spectrum.eigenvalues()[0] > -1e-2 * top, "near a minimum, no large negative eigenvalue");
    }

    @Test
    void spectrumCountsSignsWithARelativeZero() {
        double[] m = {3, 0, 0, 0, -1, 0, 0, 0, 1e-12};
        HessianSpectrum s = HessianSpectrum.of(m, 3, 1e-8);
        assertEquals(1, s.negative());
        assertEquals(1, s.zero());
        assertEquals(1, s.positive());
        assertEquals(-1, s.eigenvalues()[0], 1e-12);
        assertEquals(3, s.eigenvalues()[2], 1e-12);
    }

    @Test
    void sweepReportsEveryWidthAndBracketsNStar() throws InterruptedException {
        JammingSetup base = new JammingSetup(60, 5, 1, 1, Activation.TANH, 1, SHORT);
        int[] widths = {2, 30};
        List<WidthPoint> reported = new ArrayList<>();
        List<WidthPoint> points = new WidthSweep(base, widths, 2, 2).run(Monitor.NONE, pt -> {
            synchronized (reported) {
                reported.add(pt);
            }
        });
        assertEquals(2, reported.size());
        assertEquals(0.0, points.get(0).satFraction(), "N = 12 against P = 60");
        assertEquals(1.0, points.get(1).satFraction(), "N = 180 against P = 60");
        CriticalSize nStar = CriticalSize.of(points);
        assertTrue(nStar.found());
        assertTrue(nStar.nStar() > 12 && nStar.nStar() < 180);
    }

    @Test
    void cancelledSweepStops() {
        Monitor cancelled = new Monitor() {
            @Override public boolean isCancelled() { return true; }
            @Override public void progress(double fraction) { }
        };
        JammingSetup base = new JammingSetup(100, 10, 2, 10, Activation.TANH, 1, TrainingOptions.defaults());
        assertThrows(CancelledException.class, () -> new WidthSweep(base, new int[] {3, 4}, 2, 2).run(cancelled, pt -> { }));
    }

    @Test
    void criticalSizeSaysWhenNStarIsOutsideTheSweep() {
        CriticalSize none = CriticalSize.of(List.of());
        assertFalse(none.found());
        assertFalse(none.note().isEmpty());
    }
}
