package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class TheoryLocalEntropyCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void pointsComeBackInTheOrderGivenWithTheIssueKeys() throws Exception {
        assertEquals(0, run("theory", "local-entropy", "--alpha", "0.6", "--kappa-ref", "0.2", "--kappa", "0",
                "--d", "0.3,0.01,0.1"));
        JsonNode j = Json.mapper().readTree(out.toString());
        assertEquals(Set.of("alpha", "kappa_ref", "kappa", "points"), keys(j));
        assertEquals(0.2, j.get("kappa_ref").asDouble());
        JsonNode points = j.get("points");
        assertEquals(3, points.size());
        assertEquals(Set.of("d", "phi", "converged"), keys(points.get(0)));
        assertEquals(0.3, points.get(0).get("d").asDouble());
        assertEquals(0.01, points.get(1).get("d").asDouble());
        for (JsonNode p : points) {
            assertTrue(p.get("converged").asBoolean());
            double d = p.get("d").asDouble();
            assertTrue(p.get("phi").asDouble() < -d * Math.log(d) - (1 - d) * Math.log(1 - d));
        }
    }

    @Test
    void alphaLeComesWithItsCriterionAndTheLiteratureBand() throws Exception {
        // RS Franz-Parisi around max-margin references: non-monotonic from 0.72903, negative dip from 0.7477
        // (docs/local-entropy.md); the literature's 0.77-0.78 answers a different computation and is shown apart
        assertEquals(0, run("theory", "local-entropy", "--alpha-le"));
        JsonNode j = Json.mapper().readTree(out.toString());
        assertTrue(keys(j).containsAll(Set.of("alpha_le", "criterion", "alpha_negative", "literature")));
        assertEquals(0.72903, j.get("alpha_le").asDouble(), 1.2e-4); // 0.72903-0.72914, LocalEntropyTransitionTest
        assertEquals(0.7477, j.get("alpha_negative").asDouble(), 1e-3);
        assertTrue(j.get("criterion").asText().contains("non-monotonic"));
        assertEquals(0.77, j.get("literature").get(0).asDouble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--d=0", "--d=0.5", "--d=0.1,0.7", "--d=-0.1", "--d=abc", "--d=NaN"})
    void distancesOutsideTheOpenHalfIntervalExitTwo(String dOption) {
        assertEquals(2, run("theory", "local-entropy", "--alpha", "0.6", "--kappa-ref", "0.2", dOption));
        assertTrue(err.toString().startsWith("error: --d"), err.toString());
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--alpha=0", "--alpha=-1", "--alpha=NaN"})
    void badLoadExitsTwo(String alphaOption) {
        assertEquals(2, run("theory", "local-entropy", alphaOption, "--d", "0.1"));
        assertTrue(err.toString().startsWith("error: --alpha"), err.toString());
    }

    @Test
    void largeDeviationThresholdsComeWithTheirCriteria() throws Exception {
        // docs/large-deviation.md LD 6: y -> infinity RS, free reference: non-monotonic (= the saddle ends) from
        // 0.7553, negative at the branch's end from 0.8142; the literature band is shown apart, as for Franz-Parisi
        assertEquals(0, run("theory", "local-entropy", "--alpha-le", "--measure", "large-deviation"));
        JsonNode j = Json.mapper().readTree(out.toString());
        assertEquals(Set.of("measure", "alpha_le", "criterion", "alpha_saddle_ends", "saddle_ends_criterion",
                "alpha_negative", "negative_criterion", "literature", "converged"), keys(j));
        assertEquals("large-deviation", j.get("measure").asText());
        assertEquals(0.7553, j.get("alpha_le").asDouble(), 1e-3);
        assertEquals(j.get("alpha_le").asDouble(), j.get("alpha_saddle_ends").asDouble());
        assertEquals(0.8142, j.get("alpha_negative").asDouble(), 1e-3);
        assertTrue(j.get("criterion").asText().contains("non-monotonic"));
        assertTrue(j.get("converged").asBoolean());
    }

    @Test
    void largeDeviationCurveInTheOrderGiven() throws Exception {
        assertEquals(0, run("theory", "local-entropy", "--measure", "large-deviation", "--alpha", "0.7",
                "--d", "0.3,0.01,0.1"));
        JsonNode j = Json.mapper().readTree(out.toString());
        assertEquals(Set.of("measure", "alpha", "kappa", "points"), keys(j));
        JsonNode points = j.get("points");
        assertEquals(0.3, points.get(0).get("d").asDouble());
        assertEquals("plateau", points.get(0).get("branch").asText());
        assertEquals(0.01, points.get(1).get("d").asDouble());
        for (JsonNode p : points) {
            assertTrue(p.get("converged").asBoolean(), p.toString());
            double d = p.get("d").asDouble();
            assertTrue(p.get("phi").asDouble() <= -d * Math.log(d) - (1 - d) * Math.log(1 - d));
        }
    }

    @Test
    void unknownMeasureOrAReferenceMarginExitTwo() {
        assertEquals(2, run("theory", "local-entropy", "--alpha-le", "--measure", "robust"));
        assertTrue(err.toString().startsWith("error: --measure"), err.toString());
        assertEquals(2, run("theory", "local-entropy", "--measure", "large-deviation", "--alpha", "0.7",
                "--kappa-ref", "0.1", "--d", "0.1"));
    }

    @Test
    void bothMeasuresCheckTheirCurveRequestTheSameWay() {
        // an empty list, a distance below 1e-12 and a margin out of [-5, 5] are refused by either measure, in words
        for (String measure : List.of("franz-parisi", "large-deviation")) {
            for (String[] bad : List.of(new String[] {"--d", ","}, new String[] {"--d", "1e-300"},
                    new String[] {"--kappa", "1e308", "--d", "0.1"})) {
                List<String> args = new java.util.ArrayList<>(List.of("theory", "local-entropy", "--measure", measure,
                        "--alpha", "0.5"));
                args.addAll(List.of(bad));
                err.getBuffer().setLength(0);
                assertEquals(2, run(args.toArray(String[]::new)), measure + " " + List.of(bad));
                assertTrue(err.toString().startsWith("error: --"), err.toString());
            }
        }
    }

    @Test
    void aBadOrMisplacedReferenceIsOneLineAndExitTwo() {
        // --reference belongs to the large-deviation measure; the solution reference has thresholds, not a curve
        List<String[]> bad = List.of(
                new String[] {"--alpha-le", "--measure", "large-deviation", "--reference", "typical"},
                new String[] {"--alpha-le", "--reference", "solution"},
                new String[] {"--measure", "large-deviation", "--reference", "solution", "--alpha", "0.7", "--d", "0.1"},
                new String[] {"--alpha-le", "--measure", "large-deviation", "--reference", "solution", "--kappa", "0.1"},
                new String[] {"--alpha-le", "--measure", "large-deviation", "--reference", "solution", "--max-seconds", "0"});
        for (String[] args : bad) {
            err.getBuffer().setLength(0);
            List<String> all = new java.util.ArrayList<>(List.of("theory", "local-entropy"));
            all.addAll(List.of(args));
            assertEquals(2, run(all.toArray(String[]::new)), List.of(args).toString());
            assertTrue(err.toString().startsWith("error: --"), err.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertEquals("", out.toString());
        }
    }

    @Test
    void solutionReferenceThresholdsStopInWordsWhenTheBudgetRunsOut() throws Exception {
        // the searches walk the branch for minutes (docs/large-deviation.md LD 14.4); a spent budget is exit 4 with JSON
        assertEquals(4, run("theory", "local-entropy", "--alpha-le", "--measure", "large-deviation", "--reference",
                "solution", "--max-seconds", "0.5"));
        JsonNode j = Json.mapper().readTree(out.toString());
        assertEquals(false, j.get("converged").asBoolean());
        assertEquals("time budget", j.get("stopped").asText());
    }
}
