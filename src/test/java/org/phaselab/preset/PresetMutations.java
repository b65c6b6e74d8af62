package org.phaselab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.phaselab.FuzzSample;

/**
 * Generic mutations of a preset's text for the fuzz tests: fields dropped, duplicated, retyped, set to extreme numbers
 * (1e308, -0, huge integers, subnormals), "NaN" strings, nested junk, unknown fields, and text-level damage (trailing
 * text, two objects, truncation, a byte-order mark, bare NaN). Each mutation says what it did.
 */
public final class PresetMutations {
    /** One mutated preset: what was done, and the text. */
    public record Mutant(String what, String text) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Supplier<JsonNode>> ODD_VALUES = List.of(
            () -> NODES.numberNode(1e308), () -> NODES.numberNode(-1e308), () -> NODES.numberNode(-0.0),
            () -> NODES.numberNode(Double.MIN_VALUE), () -> NODES.numberNode(new BigInteger("99999999999999999999")),
            () -> NODES.numberNode(2147483648L), () -> NODES.numberNode(-2147483649L), () -> NODES.numberNode(0),
            () -> NODES.numberNode(-1), () -> NODES.numberNode(1), () -> NODES.numberNode(0.5), () -> NODES.numberNode(3),
            () -> NODES.numberNode(1000), () -> NODES.textNode("NaN"), () -> NODES.textNode("Infinity"),
            () -> NODES.textNode(""), () -> NODES.textNode("x".repeat(5000)), () -> NODES.textNode("tanh"),
            () -> NODES.textNode("theory"), () -> NODES.booleanNode(true), NODES::nullNode, NODES::arrayNode, NODES::objectNode,
            PresetMutations::nestedJunk);

    private PresetMutations() {}

    /** The text of every shipped preset, by file name. */
    public static List<Path> shipped() {
        try (var files = Files.list(Path.of("presets"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One to three random mutations of {@code text}. */
    public static Mutant mutate(String text, Random random) {
        Mutant m = new Mutant("", text);
        int count = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
        for (int i = 0; i < count; i++) {
            Mutant next = once(m.text(), random);
            m = new Mutant(m.what().isEmpty() ? next.what() : m.what() + "; " + next.what(), next.text());
        }
        return m;
    }

    private static Mutant once(String text, Random random) {
        ObjectNode root;
        try {
            JsonNode parsed = MAPPER.readTree(text);
            root = parsed instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            root = null; // already damaged: only text-level mutations apply
        }
        int kind = random.nextInt(root == null ? 4 : 12);
        if (kind < 4) {
            return textLevel(text, kind, random);
        }
        List<String[]> fields = fields(root);
        String[] field = FuzzSample.pick(random, fields);
        ObjectNode holder = field[0].isEmpty() ? root : (ObjectNode) root.get(field[0]);
        String where = field[0].isEmpty() ? field[1] : field[0] + "." + field[1];
        switch (kind) {
            case 4, 5 -> {
                holder.remove(field[1]);
                return new Mutant("dropped " + where, root.toString());
            }
            case 6 -> {
                String value = holder.get(field[1]) == null ? "1" : holder.get(field[1]).toString();
                String dup = "\"" + field[1] + "\":" + (random.nextBoolean() ? value : "1e308") + ",";
                String s = root.toString();
                int at = field[0].isEmpty() ? 1 : s.indexOf("\"" + field[0] + "\":{") + field[0].length() + 4;
                return new Mutant("duplicated " + where, s.substring(0, at) + dup + s.substring(at));
            }
            case 7 -> {
                String key = FuzzSample.pick(random, List.of("extra", "kappa", "alpha", "", "parameters", "__proto__"));
                holder.set(key, FuzzSample.pick(random, ODD_VALUES).get());
                return new Mutant("added " + (field[0].isEmpty() ? key : field[0] + "." + key), root.toString());
            }
            default -> {
                JsonNode value = FuzzSample.pick(random, ODD_VALUES).get();
                holder.set(field[1], value);
                String shown = value.toString();
                return new Mutant(where + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown), root.toString());
            }
        }
    }

    /** Top-level fields and those of the nested objects, as {parent ("" for the top), name}. */
    private static List<String[]> fields(ObjectNode root) {
        List<String[]> out = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            out.add(new String[] {"", name});
            if (root.get(name) instanceof ObjectNode inner) {
                inner.fieldNames().forEachRemaining(n -> out.add(new String[] {name, n}));
            }
        });
        if (out.isEmpty()) {
            out.add(new String[] {"", "title"});
        }
        return out;
    }

    private static Mutant textLevel(String text, int kind, Random random) {
        switch (kind) {
            case 0 -> {
                String tail = FuzzSample.pick(random, List.of(" and more", "{}", "]", "\u0000", "{\"title\":\"second\"}", ",", "//"));
                return new Mutant("trailing '" + tail.replace("\u0000", "\\0") + "'", text + tail);
            }
            case 1 -> {
                int cut = random.nextInt(Math.max(1, text.length()));
                return new Mutant("truncated at " + cut, text.substring(0, cut));
            }
            case 2 -> {
                String whole = FuzzSample.pick(random, List.of("", "null", "1e308", "[]", "\"preset\"", "\uFEFF" + text,
                        "[" + text + "]", "[".repeat(100_000)));
                return new Mutant("replaced by '" + (whole.length() > 20 ? whole.substring(0, 20) + "..." : whole) + "'", whole);
            }
            default -> {
                String bare = FuzzSample.pick(random, List.of("NaN", "Infinity", "-Infinity", "1e400", "0x10", "+1", "01", ".5"));
                String replaced = text.replaceFirst("(?<=:\\s?)-?\\d+(\\.\\d+)?(?=[,}\\s])", bare);
                return new Mutant("a number written " + bare, replaced);
            }
        }
    }

    private static JsonNode nestedJunk() {
        String junk = "[".repeat(40) + "]".repeat(40);
        try {
            return new ObjectMapper().readTree(junk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
