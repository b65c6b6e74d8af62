package org.phaselab.training.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.Problem;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;

/** Budgets are counted in sweeps, never seconds. */
class TrainersSolveTest {

    private static RunOutcome train(Problem problem, Architecture student, Algorithm algorithm, long seed, int maxEpochs) {
        TrainingRun run = new TrainingRun(problem, student, algorithm.defaults(), seed);
        return run.run(StopRule.epochs(maxEpochs), () -> 0L, () -> false);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void everyAlgorithmSolvesAnEasyPerceptronStorageInstance(Algorithm algorithm) {
        Problem p = ProblemGenerator.generate(DataSpec.storage(201, 0.3, 11));
        RunOutcome o = train(p, Architecture.perceptron(201), algorithm, 11, 3000);
        assertTrue(o.solved(), algorithm + " left " + o.last().trainErrors() + " errors after " + o.last().epoch() + " sweeps");
        assertEquals(StopRule.Reason.SOLVED, o.reason());
    }

    @ParameterizedTest
    @CsvSource({"SBPI, TREE", "CPR, TREE", "RSGD, TREE", "SGD, TREE", "SBPI, FULLY_CONNECTED", "RSGD, FULLY_CONNECTED"})
    void committeeMachinesLearnAnEasyStorageInstance(Algorithm algorithm, Architecture.Kind kind) {
        Architecture student = new Architecture(kind, 201, 3);
        Problem p = ProblemGenerator.generate(DataSpec.storage(201, 0.3, 5));
        RunOutcome o = train(p, student, algorithm, 5, 3000);
        assertTrue(o.solved(), algorithm + "/" + kind + " left " + o.last().trainErrors() + " errors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SBPI", "CPR"})
    void hiddenStateRulesSolveAlpha06AtN1001(String name) {
        Algorithm algorithm = Algorithm.valueOf(name);
        for (long seed = 1; seed <= 3; seed++) {
            Problem p = ProblemGenerator.generate(DataSpec.storage(1001, 0.6, seed));
            RunOutcome o = train(p, Architecture.perceptron(1001), algorithm, seed, 3000);
            assertTrue(o.solved(), name + " seed " + seed + " left " + o.last().trainErrors() + " errors");
        }
    }
}
