package org.phaselab.theory.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

class ThresholdsTest {
    private final InterpolationThreshold threshold = new InterpolationThreshold();

    @Test
    void interpolationThresholdTendsToStorageCapacity() {
        // alphaD -> 0: random labels, Krauth-Mezard alpha_c = 0.833 (RS zero entropy 0.8331, THEORY.md section 1)
        ThresholdResult t = threshold.alphaC(1e-4, Monitor.NONE);
        assertTrue(t.converged(), t.failure());
        assertEquals(0.8331, t.value(), 5e-4);
        assertEquals(0, t.saddle().entropy(), 1e-6);
    }

    @Test
    void interpolationThresholdGrowsWithAlphaD() {
        double previous = 0;
        for (double alphaD : new double[] {0.05, 0.5, 2.0}) {
            ThresholdResult t = threshold.alphaC(alphaD, Monitor.NONE);
            assertTrue(t.converged(), t.failure());
            assertTrue(t.value() > previous + 0.01, "alpha_c(" + alphaD + ") = " + t.value());
            previous = t.value();
        }
    }

    @Test
    void maxMarginSolutionsHaveZeroEntropyAndPositiveMargin() {
        RandomFeaturesModel model = RandomFeaturesModel.sign(0.5, 1.0);
        ThresholdResult k = new MaxMarginReference().kappaMax(model, Monitor.NONE);
        assertTrue(k.converged(), k.failure());
        assertTrue(k.value() > 0.1);
        assertEquals(0, k.saddle().entropy(), 1e-6);
    }

    @Test
    void phaseDiagramReportsProgressAndHonoursCancellation() {
        List<Double> progress = new ArrayList<>();
        Monitor recording = new Monitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progress(double fraction) {
                progress.add(fraction);
            }
        };
        PhaseDiagram.Result r = new PhaseDiagram().compute(new double[] {0.1, 1.0}, recording);
        assertEquals(List.of(0.5, 1.0), progress);
        assertEquals(2, r.points().size());
        PhaseDiagramPoint p = r.points().get(1);
        assertTrue(p.converged());
        assertEquals(1 / p.alphaC(), p.overparameterizationC(), 1e-12);
        assertTrue(Double.isNaN(p.alphaLE()), "alpha_LE is not derived yet");

        Monitor cancelled = new Monitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void progress(double fraction) {}
        };
        assertThrows(CancelledException.class, () -> new PhaseDiagram().compute(new double[] {0.1}, cancelled));
    }
}
