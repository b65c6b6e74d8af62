package org.phaselab.training.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.Problem;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;

/** The annealed, error-coupled reinforcement rate of CP+R; budgets in sweeps, never seconds. */
class CprScheduleTest {
    private static final CprTrainer.Params ANNEALED = new CprTrainer.Params(0.2, 1.002, 0.2, 83);
    private static final double CAP = Math.sqrt(2 / (Math.PI * 1001));

    @Test
    void rateStartsAtR0PerSweepAndGrowsByTheFactorPerSweep() {
        assertEquals(0.2 / 701, CprTrainer.rate(ANNEALED, 0, 0, 701, CAP), 1e-15);
        assertEquals(0.2 * Math.pow(1.002, 500) / 701, CprTrainer.rate(ANNEALED, 500, 1000, 701, CAP), 1e-15);
    }

    @Test
    void rateFollowsTheErrorsOfTheLastSweepAndThePapersBound() {
        assertEquals(0.2 * 3 / 701, CprTrainer.rate(ANNEALED, 2000, 3, 701, CAP), 1e-15);
        assertEquals(0, CprTrainer.rate(ANNEALED, 2000, 0, 701, CAP));
        assertEquals(CAP, CprTrainer.rate(ANNEALED, 5000, 700, 701, CAP), 1e-15);
    }

    @Test
    void constantRateWhenNotAnnealedNorCoupled() {
        CprTrainer.Params paper = new CprTrainer.Params(2, 1, Double.POSITIVE_INFINITY, 83);
        assertEquals(2.0 / 701, CprTrainer.rate(paper, 0, 0, 701, CAP), 1e-15);
        assertEquals(2.0 / 701, CprTrainer.rate(paper, 3000, 0, 701, CAP), 1e-15);
        CprTrainer.Params none = new CprTrainer.Params(0, 1.01, Double.POSITIVE_INFINITY, 83);
        assertEquals(0, CprTrainer.rate(none, 1_000_000, 5, 701, CAP), "no reinforcement, not NaN, once g^t overflows");
    }

    /** Issue 3 at the smaller size: the defaults store alpha = 0.7 at N = 1001 (seeds 1-5 took 1245-4686 sweeps). */
    @Test
    void defaultsStoreAlpha07AtN1001() {
        for (long seed = 1; seed <= 3; seed++) {
            Problem p = ProblemGenerator.generate(DataSpec.storage(1001, 0.7, seed));
            TrainingRun run = new TrainingRun(p, Architecture.perceptron(1001), Algorithm.CPR.defaults(), seed);
            run.setTrackTest(false);
            RunOutcome o = run.run(StopRule.epochs(6000), () -> 0L, () -> false);
            assertTrue(o.solved(), "seed " + seed + " left " + o.last().trainErrors() + " errors");
        }
    }
}
