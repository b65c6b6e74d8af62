package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.service.training.FrontierScene;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.training.trainer.Algorithm;

/** The frontier study in presets: decoded through the training schema, the shipped preset is the panel's study. */
class FrontierPresetTest {
    private final SchemaCodec<TrainingScene> codec = SceneCodecs.TRAINING;

    @Test
    void shippedPresetIsThePanelsStudy() throws Exception {
        Preset p = PresetReader.readResource("/presets/frontier.json");
        assertEquals("training-frontier", p.figure());
        TrainingScene s = codec.decode(p.parameters(), p.source());
        assertEquals(TrainingScene.DEFAULT.frontier(), s.frontier());
        assertEquals(List.of(Algorithm.FBP, Algorithm.SBPI), s.frontierRequest().algorithms());
    }

    @Test
    void badValuesNameTheirField() {
        ObjectNode o = new ObjectMapper().createObjectNode().put("frontier_sizes", "200-900");
        PresetException e = assertThrows(PresetException.class, () -> codec.decode(o, "x.json"));
        assertTrue(e.getMessage().contains("frontier_sizes") && e.getMessage().contains("501-10001"), e.getMessage());
        ObjectNode none = new ObjectMapper().createObjectNode().put("frontier_fbp", false).put("frontier_sbpi", false)
                .put("frontier_cpr", false);
        assertTrue(assertThrows(PresetException.class, () -> codec.decode(none, "x.json")).getMessage().contains("at least one"));
        ObjectNode grid = new ObjectMapper().createObjectNode().put("frontier_alpha_min", 0.8).put("frontier_alpha_max", 0.7);
        assertTrue(assertThrows(PresetException.class, () -> codec.decode(grid, "x.json")).getMessage().contains("frontier_alpha_max"));
    }

    @Test
    void everySizeLadderRoundTrips() throws Exception {
        for (FrontierScene.Sizes sizes : FrontierScene.Sizes.values()) {
            FrontierScene f = new FrontierScene(sizes, true, false, false, true, 0.6, 0.8, 3, 2, 5);
            TrainingScene s = new TrainingScene(TrainingScene.DEFAULT.student(), 1, TrainingScene.DEFAULT.data(), 1001, 0.7,
                    Algorithm.FBP, 0.3, 7, 2000, 1, 1, 100, 10, true, 0.2, 0.8, 3, 2, 1, f);
            assertEquals(s, codec.decode(codec.encode(s), "test"));
        }
    }
}
