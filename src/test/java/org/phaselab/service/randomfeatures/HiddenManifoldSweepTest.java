package org.phaselab.service.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phaselab.theory.numerics.CancelledException;
import org.phaselab.theory.numerics.Monitor;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.StopRule;

class HiddenManifoldSweepTest {
    private final HiddenManifoldSweep small = new HiddenManifoldSweep(40, 2, Algorithm.CPR, new StopRule(true, 300, 10));

    @Test
    void fewWeightsNeverInterpolateManyAlwaysDoAndTheRunsRepeat() {
        OverparameterizationSweep a = small.run(2.0, Monitor.NONE);
        assertEquals(20, a.d());
        assertEquals(HiddenManifoldSweep.OVERPARAMETERIZATION.length, a.points().size());
        OverparameterizationSweep.Point first = a.points().get(0);
        OverparameterizationSweep.Point last = a.points().get(a.points().size() - 1);
        assertEquals(20, first.n()); // N/P = 0.5: 20 binary weights cannot fit 40 labels of a 20-dimensional teacher
        assertEquals(0, first.solved());
        assertTrue(Double.isNaN(first.meanTestError()), "no solution, no test error");
        assertEquals(160, last.n()); // N/P = 4: far past the interpolation point 1/alpha_c(2) = 0.957
        assertEquals(2, last.solved());
        assertEquals(1.0, last.solvedFraction());
        assertEquals(0.0, last.solvedFractionStderr());
        assertTrue(last.meanTestError() > 0.05 && last.meanTestError() < 0.5, "test error " + last.meanTestError());
        assertEquals(a, small.run(2.0, Monitor.NONE), "seeded: the same sweep twice");
    }

    @Test
    void refusesLatentDimensionsThatTakeMinutesAndStopsWhenCancelled() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HiddenManifoldSweep(200, 1, Algorithm.CPR, StopRule.epochs(10)).run(0.1, Monitor.NONE));
        assertTrue(e.getMessage().contains("alpha_D >= 0.50"), e.getMessage());
        Monitor cancelled = new Monitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void progress(double fraction) {}
        };
        assertThrows(CancelledException.class, () -> small.run(2.0, cancelled));
    }
}
