package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TheoryStorageCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(out.toString());
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void singlePointHasTheIssueKeys() throws Exception {
        assertEquals(0, run("theory", "storage", "--alpha", "0.6", "--kappa", "0"));
        JsonNode j = json();
        assertEquals(Set.of("alpha", "kappa", "q", "qhat", "entropy", "physical", "converged"), keys(j));
        assertEquals(0.6, j.get("alpha").asDouble());
        assertTrue(j.get("converged").asBoolean() && j.get("physical").asBoolean());
        assertEquals(0.2278, j.get("entropy").asDouble(), 1e-3);
    }

    @Test
    void pointBeyondAlphaGDCarriesNoNumbers() throws Exception {
        assertEquals(ExitCodes.NOT_CONVERGED, run("theory", "storage", "--alpha", "1.4"));
        JsonNode j = json();
        assertFalse(j.get("converged").asBoolean());
        assertTrue(j.get("q").isNull() && j.get("entropy").isNull() && j.get("qhat").isNull());
    }

    @Test
    void capacity() throws Exception {
        assertEquals(0, run("theory", "storage", "--kappa", "0", "--capacity"));
        JsonNode j = json();
        assertTrue(keys(j).containsAll(List.of("kappa", "alpha_c")));
        assertEquals(0.8331, j.get("alpha_c").asDouble(), 1e-3);
    }

    @Test
    void curveHasPointsAndSeconds() throws Exception {
        assertEquals(0, run("theory", "storage", "--kappa", "0", "--alpha-range", "0.5:1.4:10"));
        JsonNode j = json();
        assertEquals(Set.of("kappa", "points", "seconds"), keys(j));
        assertEquals(10, j.get("points").size());
        JsonNode first = j.get("points").get(0);
        assertEquals(Set.of("alpha", "q", "entropy", "physical", "converged"), keys(first));
        assertTrue(first.get("converged").asBoolean());
        JsonNode last = j.get("points").get(9);
        assertFalse(last.get("converged").asBoolean());
        assertTrue(last.get("entropy").isNull());
        assertTrue(j.get("seconds").asDouble() >= 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--alpha=0", "--alpha=-1", "--alpha=NaN", "--alpha=abc", "--alpha-range=0.1:1:0",
            "--alpha-range=0:1:5", "--alpha-range=0.1:1", "--kappa=NaN --capacity", ""})
    void badInputExitsTwoWithAMessage(String args) {
        String[] split = args.isEmpty() ? new String[0] : args.split(" ");
        String[] all = new String[split.length + 2];
        all[0] = "theory";
        all[1] = "storage";
        System.arraycopy(split, 0, all, 2, split.length);
        assertEquals(2, run(all));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertEquals("", out.toString());
    }
}
