package org.phaselab.training.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.Problem;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;

class TrainingRunTest {
    private static final Problem TEACHER = ProblemGenerator.generate(
            DataSpec.teacher(Architecture.perceptron(151), 1.5, 500, 3));

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void resetReplaysTheSameTrajectory(Algorithm algorithm) {
        TrainingRun run = new TrainingRun(TEACHER, Architecture.perceptron(151), algorithm.defaults(), 8);
        List<Integer> first = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            first.add(run.step().trainErrors());
        }
        run.reset();
        assertEquals(0, run.snapshot().epoch());
        for (int t = 0; t < 5; t++) {
            assertEquals(first.get(t), run.step().trainErrors(), "sweep " + t);
        }
    }

    @Test
    void observersSeeEverySweepWithTestErrorAndOverlap() {
        TrainingRun run = new TrainingRun(TEACHER, Architecture.perceptron(151), Algorithm.RSGD.defaults(), 2);
        List<TrainingSnapshot> seen = new ArrayList<>();
        run.addObserver(seen::add);
        run.step();
        run.step();
        assertEquals(2, seen.size());
        assertEquals(2, seen.get(1).epoch());
        assertTrue(seen.get(1).testError() >= 0 && seen.get(1).testError() <= 1);
        assertTrue(seen.get(1).overlap() >= -1 && seen.get(1).overlap() <= 1);
        assertEquals(7, seen.get(1).replicaDistances().length, "one distance per replica");
    }

    @Test
    void timeBudgetStopsTheRunAndKeepsItsMeasurement() {
        AtomicLong clock = new AtomicLong();
        // every reading of the clock advances it by 0.4 s: the third check is past the 1 s budget
        TrainingRun run = new TrainingRun(ProblemGenerator.generate(DataSpec.storage(201, 0.9, 1)),
                Architecture.perceptron(201), Algorithm.SBPI.defaults(), 1);
        RunOutcome o = run.run(StopRule.seconds(1.0), () -> clock.getAndAdd(400_000_000L), () -> false);
        assertEquals(StopRule.Reason.TIME, o.reason());
        assertFalse(o.solved(), "alpha = 0.9 is beyond capacity");
        assertTrue(o.last().trainErrors() > 0);
        assertEquals(2, o.last().epoch());
    }

    @Test
    void reseedGivesAnotherStart() {
        TrainingRun run = new TrainingRun(TEACHER, Architecture.perceptron(151), Algorithm.SGD.defaults(), 1);
        int[] a = toInts(run);
        run.reseed(2);
        int[] b = toInts(run);
        assertFalse(java.util.Arrays.equals(a, b));
        run.reseed(1);
        assertArrayEquals(a, toInts(run));
    }

    private static int[] toInts(TrainingRun run) {
        int[] s = new int[151];
        for (int i = 0; i < 151; i++) {
            s[i] = run.network().unit(0).get(i);
        }
        return s;
    }
}
