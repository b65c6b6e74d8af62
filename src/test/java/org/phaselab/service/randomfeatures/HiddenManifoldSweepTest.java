package org.phaselab.service.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.HiddenManifold;
import org.phaselab.training.measure.LocalEnergy;
import org.phaselab.training.measure.LocalEnergyPoint;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainingRun;

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
    void solutionsCarryALocalEnergyInZeroOneThatGrowsWithTheFlipFraction() {
        OverparameterizationSweep a = small.run(2.0, Monitor.NONE);
        assertArrayEquals(HiddenManifoldSweep.FLIP_FRACTIONS, a.flipFractions());
        for (OverparameterizationSweep.Point pt : a.points()) {
            assertEquals(HiddenManifoldSweep.FLIP_FRACTIONS.length, pt.localEnergy().size());
            SolvedLocalEnergy low = pt.localEnergy().get(0);
            SolvedLocalEnergy high = pt.localEnergy().get(1);
            if (pt.solved() == 0) {
                assertTrue(Double.isNaN(low.mean()) && Double.isNaN(high.mean()), "no solution, no local energy");
                continue;
            }
            assertTrue(low.mean() > 0 && high.mean() <= 1, pt.n() + ": E = " + low.mean() + ", " + high.mean());
            // flipping three times as many weights breaks more patterns, at every N (typically 1.5-2x as many)
            assertTrue(high.mean() > low.mean() + 0.01, pt.n() + ": E(0.02) = " + low.mean() + ", E(0.06) = " + high.mean());
            assertTrue(pt.solved() < 2 || low.stderr() >= 0, "a standard error over two or more solutions");
        }
    }

    @Test
    void theSweepsLocalEnergyIsTheLabsMeasurementOfTheSameSolution() {
        // one seed: the sweep's mean is that run's E(p); redo the run by hand and measure it with LocalEnergy directly
        OverparameterizationSweep one = new HiddenManifoldSweep(40, 1, Algorithm.CPR, new StopRule(true, 300, 10))
                .run(2.0, Monitor.NONE);
        OverparameterizationSweep.Point last = one.points().get(one.points().size() - 1);
        assertEquals(1, last.solved());
        DataSpec shape = new DataSpec(last.n(), 40 / (double) last.n(), DataSpec.InputKind.BINARY, null,
                HiddenManifoldSweep.TEST_SIZE, 1);
        TrainingRun run = new TrainingRun(HiddenManifold.generate(shape, one.d()), Architecture.perceptron(last.n()),
                Algorithm.CPR.defaults(), 1);
        assertTrue(run.run(new StopRule(true, 300, 10), System::nanoTime, () -> false).solved());
        List<LocalEnergyPoint> direct = LocalEnergy.measure(run.network(), run.trainData(), null,
                new double[]{0.02, 0.06}, HiddenManifoldSweep.FLIP_SETS, 1);
        assertEquals(direct.get(0).trainError(), last.localEnergyAt(0.02).mean(), 0.0);
        assertEquals(direct.get(1).trainError(), last.localEnergyAt(0.06).mean(), 0.0);
        assertTrue(Double.isNaN(last.localEnergyAt(0.02).stderr()), "one solution: no spread over seeds");
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
