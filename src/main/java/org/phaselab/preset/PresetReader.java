package org.phaselab.preset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads presets, checking every field; a bad preset gives a {@link PresetException}, never a half-loaded scene.
 * A preset is one JSON object of at most {@link #MAX_BYTES} bytes (a file is never read further, so /dev/zero is
 * refused at once), nested at most {@link #MAX_DEPTH} deep, with numbers of at most {@link #MAX_NUMBER_DIGITS}
 * digits and strings of at most {@link #MAX_STRING_CHARS} characters; nothing may follow the object, and no field
 * may appear twice.
 */
public final class PresetReader {
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_DIGITS = 100;
    public static final int MAX_STRING_CHARS = 100_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a field given twice is an error, not "the last wins"
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP = Set.of("title", "description", "panel", "figure", "parameters", "export", "format");
    private static final Set<String> EXPORT = Set.of("width_cm", "height_cm", "dpi");

    private PresetReader() {}

    public static Preset read(Path file) throws PresetException {
        return parse(readText(file), file.toString());
    }

    /** The file's text, read no further than {@link #MAX_BYTES}; an unreadable file says why in words. */
    static String readText(Path file) throws PresetException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw PresetException.unreadable(file + ": cannot read (" + reason(file, e) + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PresetException(file + ": too large for a preset (more than " + MAX_BYTES / 1024 + " KB)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PresetException(file + ": not a text file (not UTF-8)", e);
        }
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT); // e.g. "too many levels of symbolic links"
        }
        return e.getMessage() == null ? "unknown reason" : e.getMessage();
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
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new PresetException(source + ": not valid JSON" + where + " (" + firstLine(e.getOriginalMessage()) + ")", e);
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

    /**
     * Jackson's messages run over several lines, quote the input and name Jackson's own classes; the first line says
     * what is wrong, without the class names (and text after the object is said in the preset's terms).
     */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        if (line.startsWith("Trailing token")) {
            return "text after the preset's object (a preset is exactly one JSON object)";
        }
        line = line.replaceAll(",? from `[^`]*`", "").replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll("`[\\w.$]*\\.[\\w$]+`", "a setting").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    static JsonFields fields(ObjectNode node, String source, String prefix) {
        return new JsonFields(node, source, prefix);
    }
}
