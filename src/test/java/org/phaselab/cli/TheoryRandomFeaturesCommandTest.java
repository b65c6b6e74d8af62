package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TheoryRandomFeaturesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void onePointHasTheIssueKeys() throws Exception {
        int code = run("theory", "random-features", "--alpha", "0.5", "--alpha-d", "0.0005");
        assertEquals(ExitCodes.OK, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(List.of("alpha", "alpha_d", "entropy", "eps_g", "converged"), fieldNames(json));
        assertEquals(0.314417, json.get("entropy").asDouble(), 2e-6);
        assertTrue(json.get("converged").asBoolean());
        assertEquals(0.5, json.get("eps_g").asDouble(), 1e-3);
    }

    @Test
    void thresholdsHaveTheIssueKeysAndBothTransitions() throws Exception {
        int code = run("theory", "random-features", "--alpha-d", "1", "--thresholds");
        assertEquals(ExitCodes.OK, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(List.of("alpha_d", "alpha_c", "alpha_le"), fieldNames(json));
        assertEquals(0.9418, json.get("alpha_c").asDouble(), 1e-3);
        // the atypical transition lies between the storage limit (alpha_D -> 0, RS) and the interpolation point
        double le = json.get("alpha_le").asDouble();
        assertTrue(le > 0.729 && le < json.get("alpha_c").asDouble(), "alpha_le = " + le);
    }

    /** LD 15.8: alpha_D = 1 gives 0.85326 / 0.91793 (PhaseLab's own output), above the Franz-Parisi 0.8191. */
    @Test
    void largeDeviationThresholdsHaveTheirKeysAndCriteria() throws Exception {
        int code = run("theory", "random-features", "--alpha-d", "1", "--thresholds", "--measure", "large-deviation");
        assertEquals(ExitCodes.OK, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(List.of("alpha_d", "alpha_c", "measure", "alpha_le", "criterion", "alpha_negative",
                "negative_criterion", "converged"), fieldNames(json));
        assertEquals("large-deviation", json.get("measure").asText());
        assertEquals(0.85326, json.get("alpha_le").asDouble(), 2e-4);
        assertEquals(0.91793, json.get("alpha_negative").asDouble(), 2e-4);
        assertTrue(json.get("criterion").asText().contains("random features"));
    }

    /** A curve: the plateau beyond d* is the typical entropy (0.12781 at alpha = 0.8, alpha_D = 1, docs table). */
    @Test
    void largeDeviationCurveHasItsKeys() throws Exception {
        int code = run("theory", "random-features", "--alpha", "0.8", "--alpha-d", "1", "--d", "0.02,0.3",
                "--measure", "large-deviation");
        assertEquals(ExitCodes.OK, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(List.of("measure", "alpha", "alpha_d", "points"), fieldNames(json));
        JsonNode first = json.get("points").get(0);
        assertEquals(List.of("d", "phi", "slope", "branch", "eps_g", "converged"), fieldNames(first));
        assertEquals("from-typical", first.get("branch").asText());
        JsonNode plateau = json.get("points").get(1);
        assertEquals("plateau", plateau.get("branch").asText());
        assertEquals(0.12781, plateau.get("phi").asDouble(), 1e-5);
        assertTrue(first.get("phi").asDouble() < plateau.get("phi").asDouble());
        // students of the densest regions generalize at least as well as typical ones (0.4096 vs 0.4124)
        assertTrue(first.get("eps_g").asDouble() < plateau.get("eps_g").asDouble());
    }

    @Test
    void unresolvedPointPrintsNullsAndExitsNotConverged() throws Exception {
        int code = run("theory", "random-features", "--alpha", "3", "--alpha-d", "0.01");
        assertEquals(ExitCodes.NOT_CONVERGED, code);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertTrue(json.get("entropy").isNull());
        assertTrue(!json.get("converged").asBoolean());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--alpha-d 1|--alpha",
            "--alpha -0.5 --alpha-d 1|--alpha must be > 0",
            "--alpha 0.5 --alpha-d 0|--alpha-d must be > 0",
            "--alpha 0.5|--alpha-d",
            "--alpha 0.5 --alpha-d 1 --thresholds|--thresholds takes no --alpha",
            "--alpha x --alpha-d 1|x",
            "--alpha 0.5 --alpha-d 1 --d 0.1|--d is for --measure large-deviation",
            "--alpha-d 1 --measure large-deviation|needs --thresholds or --alpha",
            "--alpha-d 1 --measure large|--measure must be",
            "--alpha 0.5 --alpha-d 1 --d 0.5 --measure large-deviation|--d must lie in",
            "--alpha-d 1 --d 0.1 --measure large-deviation|--d needs --alpha",
            "--alpha 0.5 --alpha-d 1 --thresholds --measure large-deviation|--thresholds takes no --alpha",
    })
    void badInputExitsTwoWithAMessage(String args, String messagePart) {
        String[] parts = ("theory random-features " + args).split(" ");
        assertEquals(ExitCodes.BAD_INPUT, run(parts));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertTrue(err.toString().contains(messagePart), err.toString());
        assertEquals("", out.toString());
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
