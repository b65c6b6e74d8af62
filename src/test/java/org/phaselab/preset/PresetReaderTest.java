package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.service.theory.TheoryScene;

class PresetReaderTest {
    private static final String GOOD = """
            {"format": 1, "title": "Dense regions", "description": "Two sentences. Here.", "panel": "theory",
             "figure": "local-entropy", "parameters": {"le_alpha": 0.65, "le_ref_count": 3},
             "export": {"width_cm": 8.6, "height_cm": 6, "dpi": 300}}
            """;

    @Test
    void readsAGoodPresetAndFillsDefaults() throws Exception {
        Preset p = PresetReader.parse(GOOD, "good.json");
        TheoryScene s = SceneCodecs.THEORY.decode(p.parameters(), "good.json");
        assertEquals(0.65, s.leAlpha());
        assertEquals(3, s.leRefCount());
        assertEquals(TheoryScene.DEFAULT.kappaTop(), s.kappaTop());
        assertEquals(300, p.export().dpi());
        assertEquals("local-entropy", p.figure());
    }

    @Test
    void malformedJsonNamesFileAndLine() {
        PresetException e = assertThrows(PresetException.class,
                () -> PresetReader.parse("{\n \"title\": \"x\",\n \"panel\": }", "broken.json"));
        assertTrue(e.getMessage().startsWith("broken.json: not valid JSON at line 3"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"le_alpha\": 2.0}            | parameters.le_alpha | must lie in [0.01, 0.83], got 2.0",
            "{\"le_alpha\": \"big\"}        | parameters.le_alpha | must be a number",
            "{\"curve_count\": 2.5}         | parameters.curve_count | must be a whole number",
            "{\"alpha\": 0.5}               | parameters.alpha | unknown field",
            "{\"le_d_max\": 0.5}            | parameters.le_d_max | must lie in [0.02, 0.49]",
    })
    void badParametersNameTheFieldAndTheProblem(String params, String field, String problem) throws Exception {
        Preset p = PresetReader.parse("{\"title\":\"t\",\"panel\":\"theory\",\"parameters\":" + params + "}", "scene.json");
        PresetException e = assertThrows(PresetException.class, () -> SceneCodecs.THEORY.decode(p.parameters(), "scene.json"));
        assertTrue(e.getMessage().startsWith("scene.json: field '" + field + "': " + problem), e.getMessage());
    }

    @Test
    void missingTitleAndBadExportAreReported() {
        PresetException e = assertThrows(PresetException.class,
                () -> PresetReader.parse("{\"panel\":\"theory\",\"parameters\":{}}", "p.json"));
        assertEquals("p.json: field 'title': missing", e.getMessage());
        PresetException d = assertThrows(PresetException.class,
                () -> PresetReader.parse("{\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{},\"export\":{\"dpi\":-3}}", "p.json"));
        assertTrue(d.getMessage().startsWith("p.json: field 'export.dpi': must lie in"), d.getMessage());
    }

    @Test
    void roundTripsThroughAnAtomicWrite(@TempDir Path dir) throws Exception {
        Preset p = PresetReader.parse(GOOD, "good.json");
        Path file = dir.resolve("saved.json");
        PresetWriter.write(p, file);
        Preset back = PresetReader.read(file);
        assertEquals(p.parameters(), back.parameters());
        assertEquals(p.export(), back.export());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void unwritablePathKeepsTheOldFileAndSaysWhy(@TempDir Path dir) throws Exception {
        Preset p = PresetReader.parse(GOOD, "good.json");
        Path missingDir = dir.resolve("no/such/dir/scene.json");
        PresetException e = assertThrows(PresetException.class, () -> PresetWriter.write(p, missingDir));
        assertTrue(e.getMessage().contains("cannot write the preset"), e.getMessage());
        assertTrue(e.getMessage().startsWith(missingDir.toString()), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "trailing text      | {\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{}} and more",
            "two objects        | {\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{}}{\"title\":\"u\"}",
            "a field twice      | {\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{\"le_alpha\":0.5,\"le_alpha\":1e308}}",
    })
    void textAfterTheObjectOrAFieldGivenTwiceIsRefused(String name, String json) {
        PresetException e = assertThrows(PresetException.class, () -> PresetReader.parse(json, "p.json"));
        assertTrue(e.getMessage().startsWith("p.json: not valid JSON"), name + ": " + e.getMessage());
        assertTrue(!e.getMessage().contains("`") && !e.getMessage().contains("jackson"), name + ": " + e.getMessage());
    }

    @Test
    void jacksonLimitsGiveAMessageNotACrash() {
        String deep = "{\"title\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String longNumber = "{\"title\":\"t\",\"format\":" + "9".repeat(5000) + "}";
        String longString = "{\"title\":\"" + "x".repeat(500_000) + "\"}";
        for (String json : new String[] {deep, longNumber, longString}) {
            PresetException e = assertThrows(PresetException.class, () -> PresetReader.parse(json, "p.json"));
            assertTrue(e.getMessage().startsWith("p.json: not valid JSON"), e.getMessage());
            assertTrue(e.getMessage().lines().count() == 1 && !e.getMessage().contains("java."), e.getMessage());
        }
    }

    @Test
    void aFileIsReadNoFurtherThanTheLimitAndUnreadableFilesSayWhy(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, " ".repeat(PresetReader.MAX_BYTES + 1));
        PresetException tooLarge = assertThrows(PresetException.class, () -> PresetReader.read(big));
        assertTrue(tooLarge.getMessage().contains("too large") && !tooLarge.unreadable(), tooLarge.getMessage());
        PresetException missing = assertThrows(PresetException.class, () -> PresetReader.read(dir.resolve("none.json")));
        assertTrue(missing.unreadable() && missing.getMessage().contains("no such file"), missing.getMessage());
        PresetException folder = assertThrows(PresetException.class, () -> PresetReader.read(dir));
        assertTrue(folder.unreadable() && folder.getMessage().contains("folder"), folder.getMessage());
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, loop);
        PresetException looped = assertThrows(PresetException.class, () -> PresetReader.read(loop));
        assertTrue(looped.unreadable() && looped.getMessage().contains("symbolic links"), looped.getMessage());
    }
}
