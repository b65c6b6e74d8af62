package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

/** Runs a command line in-process and keeps exit code, stdout (parsed as JSON when it is) and stderr. */
record CliRun(int exit, String out, String err) {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> NON_FINITE = Set.of("NaN", "Infinity", "-Infinity", "+Infinity");

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: '" + out + "', stderr: '" + err + "'", e);
        }
    }

    /**
     * The README's contract: exit 0, 2, 3 or 4 (never 1, an internal error); no stack trace and no Java class name;
     * bad input and I/O failures print exactly one {@code error:} line and nothing on stdout; results (exit 0 and 4)
     * print one strict JSON object whose numbers are all finite (NaN is null, never a string).
     */
    CliRun assertContract(String what) {
        String context = what + " -> exit " + exit + "\nstdout: " + head(out) + "\nstderr: " + head(err);
        assertTrue(List.of(0, 2, 3, 4).contains(exit), context);
        for (String text : List.of(out, err)) {
            assertFalse(text.contains("\tat ") || text.contains("java.") || text.contains("Exception in thread"), context);
        }
        if (exit == ExitCodes.BAD_INPUT || exit == ExitCodes.IO_ERROR) {
            List<String> lines = err.lines().toList();
            assertEquals(1, lines.size(), context);
            assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).length() > 8, context);
            assertTrue(out.isEmpty(), context);
            return this;
        }
        assertEquals(1, out.lines().count(), context);
        JsonNode node;
        try {
            node = STRICT.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not strict JSON: " + context, e);
        }
        assertTrue(node.isObject(), context);
        assertFinite(node, context);
        return this;
    }

    private static void assertFinite(JsonNode node, String context) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue()) || node.isTextual() && NON_FINITE.contains(node.asText())) {
            fail("a non-finite number: " + context);
        }
        node.elements().forEachRemaining(child -> assertFinite(child, context));
    }

    private static String head(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
