package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.training.Activation;

class DeepSceneCodecTest {
    private final SchemaCodec<DeepScene> codec = SceneCodecs.DEEP;

    @Test
    void roundTripKeepsEveryParameter() throws Exception {
        DeepScene s = new DeepScene(3, 0.25, 16, Activation.TANH, 30, 7);
        assertEquals(s, codec.decode(codec.encode(s), "test"));
    }

    @Test
    void missingFieldsTakeTheDefault() throws Exception {
        ObjectNode p = new ObjectMapper().createObjectNode().put("depth", 1);
        DeepScene s = codec.decode(p, "test");
        assertEquals(1, s.depth());
        assertEquals(DeepScene.DEFAULT.gamma(), s.gamma());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"depth\": 6}", "{\"gamma\": -0.1}", "{\"activation\": \"sigmoid\"}", "{\"colour\": 1}", "{\"width\": 0}"})
    void badFieldsAreNamed(String json) throws Exception {
        ObjectNode p = (ObjectNode) new ObjectMapper().readTree(json);
        PresetException e = assertThrows(PresetException.class, () -> codec.decode(p, "deep.json"));
        String field = p.fieldNames().next();
        assertTrue(e.getMessage().contains(field), e.getMessage());
        assertTrue(e.getMessage().startsWith("deep.json"), e.getMessage());
    }
}
