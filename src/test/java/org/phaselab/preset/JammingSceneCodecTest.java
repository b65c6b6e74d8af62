package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.training.Activation;

class JammingSceneCodecTest {
    private final SchemaCodec<JammingScene> codec = SceneCodecs.JAMMING;

    @Test
    void shippedPresetDecodesAndRoundTrips() throws Exception {
        Preset p = PresetReader.readResource("/presets/jamming.json");
        assertEquals("jamming", p.panel());
        JammingScene scene = codec.decode(p.parameters(), p.source());
        assertEquals(100, scene.patterns());
        assertEquals(Activation.TANH, scene.activation());
        assertEquals(scene, codec.decode(codec.encode(scene), "round trip"));
    }

    @Test
    void missingKeysTakeTheDefaults() throws Exception {
        assertEquals(JammingScene.DEFAULT, codec.decode(new ObjectMapper().createObjectNode(), "empty"));
    }

    @Test
    void badFieldsAreNamed() {
        ObjectNode badAct = new ObjectMapper().createObjectNode().put("activation", "sigmoid");
        PresetException e = assertThrows(PresetException.class, () -> codec.decode(badAct, "x.json"));
        assertTrue(e.getMessage().contains("activation"), e.getMessage());
        ObjectNode linear = new ObjectMapper().createObjectNode().put("activation", "linear");
        e = assertThrows(PresetException.class, () -> codec.decode(linear, "x.json"), "a linear net cannot jam");
        assertTrue(e.getMessage().contains("must be tanh or relu, got 'linear'"), e.getMessage());
        ObjectNode badRange = new ObjectMapper().createObjectNode().put("width_from", 9).put("width_to", 4);
        e = assertThrows(PresetException.class, () -> codec.decode(badRange, "x.json"));
        assertTrue(e.getMessage().contains("width_to"), e.getMessage());
        ObjectNode unknown = new ObjectMapper().createObjectNode().put("temperature", 1);
        e = assertThrows(PresetException.class, () -> codec.decode(unknown, "x.json"));
        assertTrue(e.getMessage().contains("temperature"), e.getMessage());
    }
}
