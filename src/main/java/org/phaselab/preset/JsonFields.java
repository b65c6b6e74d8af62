package org.phaselab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/** Typed, checked access to the fields of a JSON object, with errors that name file and field. */
final class JsonFields {
    private final ObjectNode node;
    private final String source;
    private final String prefix;

    JsonFields(ObjectNode node, String source, String prefix) {
        this.node = node;
        this.source = source;
        this.prefix = prefix;
    }

    void rejectUnknown(Set<String> known) throws PresetException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw PresetException.field(source, prefix + (name.length() > 60 ? name.substring(0, 60) + "..." : name), "unknown field (known: " + String.join(", ", known) + ")");
            }
        }
    }

    String text(String field, boolean required, String fallback) throws PresetException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw PresetException.field(source, prefix + field, "missing");
            }
            return fallback;
        }
        if (!v.isTextual()) {
            throw PresetException.field(source, prefix + field, "must be a string, got " + shown(v));
        }
        return v.asText();
    }

    double number(String field, double min, double max, double fallback) throws PresetException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw PresetException.field(source, prefix + field, "must be a number, got " + shown(v));
        }
        double d = v.asDouble();
        if (!Double.isFinite(d) || d < min || d > max) {
            throw PresetException.field(source, prefix + field, "must lie in [" + min + ", " + max + "], got " + shown(v));
        }
        return d;
    }

    int integer(String field, int min, int max, int fallback) throws PresetException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw PresetException.field(source, prefix + field, "must be a whole number, got " + shown(v));
        }
        int i = v.asInt();
        if (i < min || i > max) {
            throw PresetException.field(source, prefix + field, "must lie in [" + min + ", " + max + "], got " + i);
        }
        return i;
    }

    boolean bool(String field, boolean fallback) throws PresetException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw PresetException.field(source, prefix + field, "must be true or false, got " + shown(v));
        }
        return v.asBoolean();
    }

    ObjectNode object(String field, boolean required) throws PresetException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw PresetException.field(source, prefix + field, "missing");
            }
            return null;
        }
        if (!v.isObject()) {
            throw PresetException.field(source, prefix + field, "must be an object, got " + v.getNodeType());
        }
        return (ObjectNode) v;
    }

    /** A value as the preset wrote it, cut short: a message stays one readable line even for a long string or array. */
    static String shown(JsonNode v) {
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " characters)" : text;
    }

    /** A string from the preset, in single quotes and cut short like {@link #shown(JsonNode)}. */
    static String shown(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " characters)" : text) + "'";
    }
}
