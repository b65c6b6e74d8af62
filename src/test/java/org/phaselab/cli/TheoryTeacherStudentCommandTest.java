package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TheoryTeacherStudentCommandTest {

    @Test
    void singleLoadBelowTransitionGivesTheGeneralizingState() {
        CliRun run = CliRun.of("theory", "teacher-student", "--alpha", "1");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode j = run.json();
        for (String key : List.of("alpha", "q", "qhat", "entropy", "eps_g", "converged")) {
            assertTrue(j.has(key), "missing " + key + " in " + j);
        }
        assertEquals(1.0, j.get("alpha").asDouble());
        assertEquals(0.3105, j.get("eps_g").asDouble(), 1e-3);
        assertEquals(Math.acos(j.get("q").asDouble()) / Math.PI, j.get("eps_g").asDouble(), 1e-15);
        assertTrue(j.get("converged").asBoolean());
        assertEquals("generalizing", j.get("branch").asText());
        assertTrue(j.get("metastable").isNull());
    }

    @Test
    void betweenTransitionAndSpinodalEquilibriumIsPerfectAndBranchIsMetastable() {
        JsonNode j = CliRun.of("theory", "teacher-student", "--alpha", "1.3").json();
        assertEquals("perfect", j.get("branch").asText());
        assertEquals(0.0, j.get("eps_g").asDouble());
        assertEquals(1.0, j.get("q").asDouble());
        assertTrue(j.get("qhat").isNull(), "qhat is infinite at q = 1");
        JsonNode meta = j.get("metastable");
        assertTrue(meta.get("entropy").asDouble() < 0);
        assertEquals(0.2414, meta.get("eps_g").asDouble(), 1e-3);
        assertTrue(CliRun.of("theory", "teacher-student", "--alpha", "2").json().get("metastable").isNull());
    }

    @Test
    void transitionsAreTheLiteratureValues() {
        JsonNode j = CliRun.of("theory", "teacher-student", "--transitions").json();
        assertEquals(1.245, j.get("alpha_transition").asDouble(), 1e-3);
        assertEquals(1.493, j.get("alpha_spinodal").asDouble(), 1e-3);
    }

    @Test
    void curveHasOnePointPerLoadAndItsOwnTime() {
        CliRun run = CliRun.of("theory", "teacher-student", "--alpha-range", "0.25:2:8");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode j = run.json();
        assertEquals(8, j.get("points").size());
        assertTrue(j.get("seconds").asDouble() > 0);
        for (JsonNode p : j.get("points")) {
            for (String key : List.of("alpha", "q", "entropy", "eps_g", "converged")) {
                assertTrue(p.has(key), "missing " + key + " in " + p);
            }
            assertTrue(p.get("converged").asBoolean());
        }
        assertEquals(0.25, j.get("points").get(0).get("alpha").asDouble(), 1e-15);
        assertEquals(0.0, j.get("points").get(7).get("eps_g").asDouble()); // alpha = 2: perfect learning
        // eps_g of the equilibrium never increases with alpha
        double previous = 1;
        for (JsonNode p : j.get("points")) {
            assertTrue(p.get("eps_g").asDouble() <= previous);
            previous = p.get("eps_g").asDouble();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--alpha=0", "--alpha=-1", "--alpha=NaN", "--alpha=Infinity", "--alpha=abc",
            "--alpha-range=1:2", "--alpha-range=0:2:5", "--alpha-range=1:2:x", "--alpha-range=1:2:0", "--bogus"})
    void badInputExitsWithTwoAndOneLine(String arg) {
        CliRun run = CliRun.of("theory", "teacher-student", arg);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.out());
        assertTrue(run.out().isEmpty(), run.out());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void exactlyOneModeIsRequired() {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("theory", "teacher-student").exit());
        CliRun both = CliRun.of("theory", "teacher-student", "--alpha", "1", "--transitions");
        assertEquals(ExitCodes.BAD_INPUT, both.exit());
        assertFalse(both.err().isEmpty());
    }
}
