package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeepCommandsTest {
    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void deepLinearAtOneGammaHasTheIssueKeys() throws Exception {
        Run r = run("theory", "deep-linear", "--depth", "1", "--gamma", "0.36");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        for (String key : new String[] {"depth", "gamma", "b", "loss", "converged"}) {
            assertTrue(j.has(key), key);
        }
        assertEquals(1, j.get("depth").asInt());
        assertEquals(0.8, j.get("b").asDouble(), 1e-12); // b*^2 = (c - gamma)/a = 0.64
        assertTrue(j.get("converged").asBoolean());
    }

    @Test
    void deepLinearTransitionHasTheIssueKeys() throws Exception {
        JsonNode second = run("theory", "deep-linear", "--depth", "1", "--transition", "--a", "2", "--c", "0.5").json();
        assertEquals("second", second.get("order").asText());
        assertEquals(0.5, second.get("gamma_c").asDouble(), 1e-12);
        assertEquals(0.5, second.get("gamma_spinodal").asDouble(), 1e-12);
        JsonNode first = run("theory", "deep-linear", "--depth", "2", "--transition").json();
        assertEquals("first", first.get("order").asText());
        assertEquals(Math.pow(0.5, 1 / 3.0) - Math.pow(0.5, 4 / 3.0), first.get("gamma_c").asDouble(), 1e-10);
        assertTrue(first.get("gamma_spinodal").asDouble() > first.get("gamma_c").asDouble());
        JsonNode none = run("theory", "deep-linear", "--depth", "0", "--transition").json();
        assertEquals("none", none.get("order").asText());
        assertTrue(none.get("gamma_c").isNull());
        assertTrue(none.get("gamma_spinodal").isNull());
    }

    @Test
    void trainDeepReturnsOnePointPerGamma() throws Exception {
        Run r = run("train-deep", "--depth", "2", "--width", "4", "--activation", "tanh", "--gamma-from", "0.6",
                "--gamma-to", "0.1", "--steps", "3", "--seed", "5", "--gd-steps", "200");
        assertEquals(0, r.code(), r.err());
        JsonNode points = r.json().get("points");
        assertEquals(3, points.size());
        assertEquals(0.6, points.get(0).get("gamma").asDouble(), 1e-15);
        assertEquals(0.35, points.get(1).get("gamma").asDouble(), 1e-15);
        for (JsonNode p : points) {
            for (String key : new String[] {"gamma", "norm", "loss"}) {
                assertTrue(p.has(key) && p.get(key).isNumber(), key);
            }
        }
        // the same seed gives the same numbers
        assertEquals(r.json().get("points").toString(), run("train-deep", "--depth", "2", "--width", "4", "--activation",
                "tanh", "--gamma-from", "0.6", "--gamma-to", "0.1", "--steps", "3", "--seed", "5", "--gd-steps", "200")
                .json().get("points").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "theory deep-linear --depth 6 --gamma 0.1",
        "theory deep-linear --depth -1 --transition",
        "theory deep-linear --depth 2",
        "theory deep-linear --depth 2 --gamma 0.1 --transition",
        "theory deep-linear --depth 2 --gamma -0.1",
        "theory deep-linear --depth 2 --gamma 0.1 --a 0",
        "theory deep-linear --depth 2 --gamma 0.1 --c -1",
        "theory deep-linear --depth 2 --gamma abc",
        "train-deep --depth 2 --width 4 --activation sigmoid --gamma-from 0 --gamma-to 1 --steps 3",
        "train-deep --depth 2 --width 0 --activation relu --gamma-from 0 --gamma-to 1 --steps 3",
        "train-deep --depth 2 --width 4 --activation relu --gamma-from -1 --gamma-to 1 --steps 3",
        "train-deep --depth 2 --width 4 --activation relu --gamma-from 0 --gamma-to 1 --steps 0",
        "train-deep --depth 2 --width 4 --activation relu --gamma-from 0 --gamma-to 1 --steps 3 --samples 4",
        "train-deep --depth 2 --width 4 --activation relu --gamma-from 0 --gamma-to 1",
    })
    void badInputExitsWithTwoAndOneLine(String line) {
        Run r = run(line.split(" "));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().strip().contains("\n"), "one line: " + r.err());
        assertEquals("", r.out());
    }
}
