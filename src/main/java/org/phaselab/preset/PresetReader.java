package org.phaselab.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Reads presets, checking every field; a bad preset gives a {@link PresetException}, never a half-loaded scene. */
public final class PresetReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("title", "description", "panel", "figure", "parameters", "export", "format");
    private static final Set<String> EXPORT = Set.of("width_cm", "height_cm", "dpi");

    private PresetReader() {}

    public static Preset read(Path file) throws PresetException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PresetException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /** Reads a preset shipped inside the jar, e.g. "/presets/capacity.json". */
    public static Preset readResource(String resource) throws PresetException {
        try (InputStream in = PresetReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PresetException(resource + ": no such preset in the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new PresetException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static Preset parse(String json, String source) throws PresetException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PresetException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new PresetException(source + ": a preset must be a JSON object");
        }
        JsonFields f = new JsonFields((ObjectNode) root, source, "");
        f.rejectUnknown(TOP);
        int format = f.integer("format", 1, 1, 1);
        String title = f.text("title", true, null);
        String description = f.text("description", false, "");
        String panel = f.text("panel", true, null);
        String figure = f.text("figure", false, "");
        ObjectNode parameters = f.object("parameters", true);
        ObjectNode export = f.object("export", false);
        Preset.ExportSize size = Preset.ExportSize.ONE_COLUMN;
        if (export != null) {
            JsonFields e = new JsonFields(export, source, "export.");
            e.rejectUnknown(EXPORT);
            size = new Preset.ExportSize(e.number("width_cm", 2, 60, size.widthCm()),
                    e.number("height_cm", 2, 60, size.heightCm()), e.integer("dpi", 50, 2400, size.dpi()));
        }
        assert format == 1;
        return new Preset(title, description, panel, figure, parameters, size, source);
    }

    static JsonFields fields(ObjectNode node, String source, String prefix) {
        return new JsonFields(node, source, prefix);
    }
}
