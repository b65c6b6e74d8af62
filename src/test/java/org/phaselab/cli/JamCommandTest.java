package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JamCommandTest {
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PhaseLabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jamPrintsExactlyTheIssueKeys() throws Exception {
        Result r = run("jam", "--p", "20", "--d", "10", "--depth", "2", "--width", "20", "--seed", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertEquals(new TreeSet<>(List.of("n_weights", "sat", "n_delta", "loss", "steps", "seconds")), keys(json));
        assertEquals(10 * 20 + 20 * 20 + 20, json.get("n_weights").asInt());
        assertTrue(json.get("sat").asBoolean());
        assertEquals(0, json.get("n_delta").asInt());
    }

    @Test
    void jamReportsUnsatForATinyNet() throws Exception {
        Result r = run("jam", "--p", "200", "--d", "10", "--depth", "1", "--width", "2", "--max-steps", "2000");
        assertEquals(0, r.code(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertFalse(json.get("sat").asBoolean());
        assertTrue(json.get("n_delta").asInt() > 0);
        assertTrue(json.get("loss").asDouble() > 0);
    }

    @Test
    void jamPerceptronPrintsExactlyTheIssueKeys() throws Exception {
        Result r = run("jam-perceptron", "--n", "100", "--alpha", "1.2", "--kappa", "0", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertEquals(new TreeSet<>(List.of("sat", "n_delta", "contacts")), keys(json));
        assertTrue(json.get("sat").asBoolean());
        assertEquals(0, json.get("n_delta").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jam --p 0 --d 10 --depth 2 --width 5",
            "jam --p 10 --d -1 --depth 2 --width 5",
            "jam --p 10 --d 10 --depth 0 --width 5",
            "jam --p 10 --d 10 --depth 2 --width 0",
            "jam --p 10 --d 10 --depth 2 --width 5 --max-steps 0",
            "jam --p ten --d 10 --depth 2 --width 5",
            "jam --d 10 --depth 2 --width 5",
            "jam --p 100000 --d 1000 --depth 2 --width 1000",
            "jam --p 10 --d 10 --depth 2 --width 5 --activation sigmoid",
            "jam-perceptron --n 0 --alpha 1 --kappa 0",
            "jam-perceptron --n 100 --alpha -1 --kappa 0",
            "jam-perceptron --n 100 --alpha NaN --kappa 0",
            "jam-perceptron --n 100 --alpha 1 --kappa Infinity",
            "jam-perceptron --n 100 --alpha 1",
            "jam-perceptron --n 10 --alpha 0.01 --kappa 0",
    })
    void badInputExitsWithTwoAndOneLine(String line) {
        List<String> args = new ArrayList<>(List.of(line.split(" ")));
        Result r = run(args.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "stdout: " + r.out());
        assertTrue(r.out().isEmpty(), "no JSON on bad input");
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
