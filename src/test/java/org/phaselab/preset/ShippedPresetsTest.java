package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedPresetsTest {

    @Test
    void indexListsEveryPresetFileAndEachOneReads() throws Exception {
        List<String> listed = ShippedPresets.resources();
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            assertEquals(onDisk, listed.stream().map(r -> r.substring("/presets/".length())).sorted().toList());
        }
        assertTrue(listed.size() >= 6, "at least six lecture presets");
        for (String r : listed) {
            Preset p = PresetReader.readResource(r);
            assertFalse(p.title().isBlank(), r);
            assertTrue(p.description().split("\\. ").length >= 2, r + ": description of two sentences");
            if (p.panel().equals("theory")) {
                SceneCodecs.THEORY.decode(p.parameters(), r);
            }
            if (p.panel().equals("training")) {
                SceneCodecs.TRAINING.decode(p.parameters(), r);
            }
        }
    }
}
