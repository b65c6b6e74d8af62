package org.phaselab.training.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.StopRule;

class AlphaSweepTest {

    @Test
    void reportsEveryPointWithItsSolvedFraction() throws Exception {
        ExecutorService pool = AlphaSweep.newPool();
        try {
            SweepRequest request = new SweepRequest(DataSpec.storage(201, 0.3, 0), Architecture.perceptron(201),
                    Algorithm.SBPI.defaults(), new double[] {0.2, 0.3, 1.5}, 3, 1, StopRule.epochs(200));
            List<SweepPoint> seen = new CopyOnWriteArrayList<>();
            List<SweepPoint> points = AlphaSweep.start(request, pool, seen::add).result().get(60, TimeUnit.SECONDS);
            assertEquals(3, points.size());
            assertEquals(3, seen.size(), "one report per alpha");
            assertEquals(1.0, points.get(0).solvedFraction());
            assertEquals(1.0, points.get(1).solvedFraction());
            assertEquals(0.0, points.get(2).solvedFraction(), "alpha = 1.5 is beyond the capacity 0.83");
            assertTrue(points.get(2).meanTrainError() > 0);
            assertTrue(points.stream().allMatch(SweepPoint::complete));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancelledSweepEndsWithIncompletePoints() throws Exception {
        ExecutorService pool = AlphaSweep.newPool();
        try {
            SweepRequest request = new SweepRequest(DataSpec.storage(301, 1.5, 0), Architecture.perceptron(301),
                    Algorithm.SBPI.defaults(), new double[] {1.5, 1.6}, 4, 1, StopRule.epochs(Integer.MAX_VALUE));
            AlphaSweep.Handle handle = AlphaSweep.start(request, pool, p -> { });
            handle.cancel();
            List<SweepPoint> points = handle.result().get(60, TimeUnit.SECONDS);
            assertEquals(2, points.size());
            assertFalse(points.get(0).complete() && points.get(1).complete());
        } finally {
            pool.shutdownNow();
        }
    }
}
