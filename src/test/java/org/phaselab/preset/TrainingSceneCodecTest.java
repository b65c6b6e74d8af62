package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.service.training.FrontierScene;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingScene.DataKind;
import org.phaselab.service.training.TrainingScene.StudentKind;
import org.phaselab.training.trainer.Algorithm;

class TrainingSceneCodecTest {
    private final SchemaCodec<TrainingScene> codec = SceneCodecs.TRAINING;

    @Test
    void roundTripKeepsEveryParameter() throws Exception {
        TrainingScene s = new TrainingScene(StudentKind.TREE, 3, DataKind.TEACHER, 999, 1.25, Algorithm.RSGD, 0.4, 5, 300,
                7, 9, 1234, 12.5, false, 0.3, 1.7, 5, 6, 3.5,
                new FrontierScene(FrontierScene.Sizes.LARGE, false, true, false, true, 0.5, 0.9, 5, 3, 2.5));
        assertEquals(s, codec.decode(codec.encode(s), "test"));
    }

    @Test
    void missingFieldsTakeTheDefault() throws Exception {
        ObjectNode p = new ObjectMapper().createObjectNode().put("algorithm", "sa").put("alpha", 0.4);
        TrainingScene s = codec.decode(p, "test");
        assertEquals(Algorithm.SA, s.algorithm());
        assertEquals(0.4, s.alpha());
        assertEquals(TrainingScene.DEFAULT.n(), s.n());
        assertEquals(TrainingScene.DEFAULT.sweepSeeds(), s.sweepSeeds());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"algorithm\": \"adam\"}|parameters.algorithm",
        "{\"student\": \"resnet\"}|parameters.student",
        "{\"data\": \"mnist\"}|parameters.data",
        "{\"n\": 5}|parameters.n",
        "{\"alpha\": -1}|parameters.alpha",
        "{\"learning_rate\": 1}|parameters.learning_rate",
        "{\"student\": \"committee\", \"k\": 4}|odd",
        "{\"student\": \"tree\", \"k\": 3, \"n\": 1001}|divisible",
        "{\"student\": \"perceptron\", \"k\": 3}|perceptron has k = 1",
        "{\"rsgd_replicas\": 4}|replicas",
        "{\"stop_at_zero_errors\": 1}|parameters.stop_at_zero_errors"})
    void badFieldsAndCombinationsAreNamed(String json, String expected) throws Exception {
        ObjectNode p = (ObjectNode) new ObjectMapper().readTree(json);
        PresetException e = assertThrows(PresetException.class, () -> codec.decode(p, "lab.json"));
        assertTrue(e.getMessage().startsWith("lab.json"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
