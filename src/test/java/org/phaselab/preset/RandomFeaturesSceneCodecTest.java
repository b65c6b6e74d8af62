package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;

class RandomFeaturesSceneCodecTest {
    private final SchemaCodec<RandomFeaturesScene> codec = SceneCodecs.RANDOM_FEATURES;

    @Test
    void roundTripKeepsTheCut() throws Exception {
        RandomFeaturesScene s = new RandomFeaturesScene(7.5, true);
        assertEquals(s, codec.decode(codec.encode(s), "test"));
        assertEquals(RandomFeaturesScene.DEFAULT, codec.decode(new ObjectMapper().createObjectNode(), "test"));
    }

    @Test
    void shippedPresetDecodes() throws Exception {
        Preset p = PresetReader.readResource("/presets/atypical-transition.json");
        assertEquals("The atypical transition", p.title());
        assertEquals("random-features", p.panel());
        assertEquals(new RandomFeaturesScene(2.0, true), codec.decode(p.parameters(), p.source()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"alpha_d\": 0}", "{\"alpha_d\": 25}", "{\"alpha_d\": \"two\"}", "{\"alpha_le\": 1}",
            "{\"training_sweep\": \"yes\"}"})
    void badFieldsAreNamed(String json) throws Exception {
        ObjectNode p = (ObjectNode) new ObjectMapper().readTree(json);
        PresetException e = assertThrows(PresetException.class, () -> codec.decode(p, "rf.json"));
        String field = p.fieldNames().next();
        assertTrue(e.getMessage().startsWith("rf.json: field 'parameters." + field + "'"), e.getMessage());
    }

    @Test
    void aSweepBelowItsSmallestAlphaDIsRefusedOnTheParameters() throws Exception {
        ObjectNode p = (ObjectNode) new ObjectMapper().readTree("{\"training_sweep\": true, \"alpha_d\": 0.1}");
        PresetException e = assertThrows(PresetException.class, () -> codec.decode(p, "rf.json"));
        assertTrue(e.getMessage().startsWith("rf.json: field 'parameters': the training sweep needs alpha_d"), e.getMessage());
    }
}
