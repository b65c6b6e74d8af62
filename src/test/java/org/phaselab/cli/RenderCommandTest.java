package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderCommandTest {

    static List<Path> shippedPresets() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("presets"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedPresets")
    void everyShippedPresetRendersToPng(Path preset, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("fig.png");
        CliRun run = CliRun.of("render", smallStudy(preset, dir).toString(), "--out", out.toString(), "--dpi", "100");
        assertEquals(0, run.exit(), run.err());
        BufferedImage img = ImageIO.read(out.toFile());
        // the preset's own export width, else one journal column (8.6 cm)
        double widthCm = new ObjectMapper().readTree(preset.toFile())
                .path("export").path("width_cm").asDouble(8.6);
        assertEquals(Math.round(widthCm / 2.54 * 100), img.getWidth(), 1);
        assertEquals(100, run.json().get("dpi").asInt());
    }

    /**
     * The frontier preset's study spends half a minute of CPU in budget-bound training runs; this test checks that
     * the preset renders, not the study's numbers (FrontierStudyTest does), so it renders the same preset with the
     * smallest study its declarations allow.
     */
    private static Path smallStudy(Path preset, Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(preset.toFile());
        JsonNode parameters = root.path("parameters");
        if (!parameters.has("frontier_seconds")) {
            return preset;
        }
        ((ObjectNode) parameters).put("frontier_points", 2).put("frontier_seeds", 1)
                .put("frontier_seconds", 0.1).put("frontier_sbpi", false);
        Path small = dir.resolve(preset.getFileName());
        mapper.writeValue(small.toFile(), root);
        return small;
    }

    @Test
    void pdfHasTheRequestedPageSizeAndTheBundleIsComplete(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fig.pdf");
        Path bundle = dir.resolve("bundle");
        CliRun run = CliRun.of("render", "presets/capacity.json", "--out", out.toString(), "--width-cm", "17.8", "--bundle", bundle.toString());
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(17.8 / 2.54 * 72, box.getWidth(), 0.5);
        }
        for (String f : List.of("fig.pdf", "data.csv", "parameters.json", "plot.py")) {
            assertTrue(Files.size(bundle.resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(bundle.resolve("data.csv")).lines().count() > 100, "the curves' points are in the CSV");
    }

    @Test
    void badPresetAndUnwritablePathGiveClearErrors(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{\"le_alpha\":-1}}");
        CliRun run = CliRun.of("render", bad.toString(), "--out", dir.resolve("x.png").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("field 'parameters.le_alpha'"), run.err());
        CliRun io = CliRun.of("render", "presets/capacity.json", "--out", "/proc/no-such-dir/x.svg");
        assertEquals(ExitCodes.IO_ERROR, io.exit(), io.err());
        assertTrue(io.err().contains("/proc/no-such-dir/x.svg"), io.err());
        CliRun ext = CliRun.of("render", "presets/capacity.json", "--out", dir.resolve("x.gif").toString());
        assertTrue(ext.exit() != 0 && ext.err().startsWith("error:"), ext.err());
    }
}
