package org.phaselab.service.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.Trainer;
import org.phaselab.training.trainer.TrainingRun;

/** The scene builds what the panel runs: the chosen trainer parameters, the data, the sweep grid. */
class TrainingSceneTest {
    private static TrainingScene scene(TrainingScene.StudentKind student, int k, TrainingScene.DataKind data, Algorithm a,
                                       int replicas) {
        return new TrainingScene(student, k, data, 201, 0.4, a, 0.3, replicas, 500, 3, 4, 100, 10, true, 0.25, 0.75, 3, 2, 1, FrontierScene.DEFAULT);
    }

    @Test
    void replicatedSgdRunsTheChosenNumberOfReplicas() {
        TrainingScene s = scene(TrainingScene.StudentKind.PERCEPTRON, 1, TrainingScene.DataKind.STORAGE, Algorithm.RSGD, 3);
        TrainingRun run = new TrainingRun(ProblemGenerator.generate(s.dataSpec()), s.architecture(), s.trainer(s.algorithm()), 1);
        assertEquals(3, run.step().replicaDistances().length);
    }

    @Test
    void teacherDataHaveTheStudentsArchitectureAndATestSet() {
        TrainingScene s = scene(TrainingScene.StudentKind.COMMITTEE, 3, TrainingScene.DataKind.TEACHER, Algorithm.SBPI, 7);
        DataSpec d = s.dataSpec();
        assertEquals(Architecture.fullyConnected(201, 3), d.teacher());
        assertEquals(TrainingScene.TEST_SIZE, d.testSize());
        assertEquals(3, d.seed());
        assertEquals(80, d.trainSize());
        Trainer t = s.trainer(Algorithm.SA).create(s.architecture(), s.architecture().bind(ProblemGenerator.generate(d).train()), 4);
        assertEquals(0, t.epoch());
    }

    @Test
    void sweepGridAndTheEfficientAlgorithm() {
        TrainingScene s = scene(TrainingScene.StudentKind.PERCEPTRON, 1, TrainingScene.DataKind.STORAGE, Algorithm.SA, 7);
        assertArrayEquals(new double[] {0.25, 0.5, 0.75}, s.sweepAlphas(), 1e-15);
        assertEquals(Algorithm.CPR, s.efficientAlgorithm(), "annealing is compared with CP+R, not with itself");
        assertEquals(Algorithm.SA, TrainingSweep.algorithms(s).get(1));
        assertEquals(9, s.withTrainerSeed(9).trainerSeed());
    }

    @Test
    void impossibleScenesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> scene(TrainingScene.StudentKind.TREE, 5, TrainingScene.DataKind.STORAGE,
                Algorithm.CPR, 7)); // 201 is not divisible by 5
        assertThrows(IllegalArgumentException.class, () -> scene(TrainingScene.StudentKind.PERCEPTRON, 1,
                TrainingScene.DataKind.STORAGE, Algorithm.RSGD, 4));
        IllegalArgumentException fbp = assertThrows(IllegalArgumentException.class, () -> scene(TrainingScene.StudentKind.COMMITTEE, 3,
                TrainingScene.DataKind.STORAGE, Algorithm.FBP, 7));
        assertTrue(fbp.getMessage().contains("perceptron only"), fbp.getMessage());
    }

    @Test
    void theFrontierStudyTakesTheScenesSeedAndSweepBudget() {
        FrontierRequest r = scene(TrainingScene.StudentKind.PERCEPTRON, 1, TrainingScene.DataKind.STORAGE, Algorithm.FBP, 7)
                .frontierRequest();
        assertEquals(3, r.firstSeed());
        assertEquals(100, r.maxSweeps());
        assertEquals(List.of(Algorithm.FBP, Algorithm.SBPI), r.algorithms()); // the default study: CP+R is one tick away
        assertArrayEquals(new int[] {201, 501, 1001}, r.sizes());
        assertTrue(r.worstCaseCoreSeconds() <= 300, "the panel's default study is minutes: " + r.worstCaseCoreSeconds() + " core-s");
    }
}
