package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TheorySphericalCommandTest {

    @Test
    void capacityAtZeroMarginIsTwo() {
        CliRun run = CliRun.of("theory", "spherical", "--kappa", "0", "--capacity");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode j = run.json();
        assertEquals(0.0, j.get("kappa").asDouble());
        assertEquals(2.0, j.get("alpha_c").asDouble(), 1e-12);
        assertTrue(j.get("rs_exact").asBoolean());
        assertFalse(CliRun.of("theory", "spherical", "--kappa", "-0.5", "--capacity").json().get("rs_exact").asBoolean());
    }

    @Test
    void singlePointHasTheSaddleKeys() {
        JsonNode j = CliRun.of("theory", "spherical", "--alpha", "1", "--kappa", "0").json();
        for (String key : List.of("alpha", "kappa", "q", "entropy", "converged")) {
            assertTrue(j.has(key), "missing " + key + " in " + j);
        }
        assertTrue(j.get("converged").asBoolean());
        assertTrue(j.get("q").asDouble() > 0.5 && j.get("q").asDouble() < 0.6, j.toString());
    }

    /** Just below the capacity q is within rounding of 1: the point fails, and says why next to "converged": false. */
    @Test
    void anUnresolvablePointSaysWhyItDidNotConverge() {
        CliRun run = CliRun.of("theory", "spherical", "--alpha", Double.toString(Math.nextDown(2.0)), "--kappa", "0");
        assertEquals(ExitCodes.NOT_CONVERGED, run.exit(), run.err());
        JsonNode j = run.json();
        assertFalse(j.get("converged").asBoolean());
        assertTrue(j.get("reason").asText().startsWith("a value was not finite: alpha is within"), j.toString());
        assertTrue(j.get("q").isNull());
        assertFalse(CliRun.of("theory", "spherical", "--alpha", "1", "--kappa", "0").json().has("reason"),
                "a converged point has no reason");
    }

    @Test
    void beyondCapacityTheVolumeIsEmpty() {
        JsonNode j = CliRun.of("theory", "spherical", "--alpha", "2.5", "--kappa", "0").json();
        assertEquals("beyond-capacity", j.get("status").asText());
        assertEquals(1.0, j.get("q").asDouble());
        assertTrue(j.get("entropy").isNull(), "ln of an empty volume is -infinity, written null");
    }

    @Test
    void curveOverAlpha() {
        JsonNode j = CliRun.of("theory", "spherical", "--kappa", "0.5", "--alpha-range", "0.1:1.1:6").json();
        assertEquals(6, j.get("points").size());
        assertEquals("beyond-capacity", j.get("points").get(5).get("status").asText()); // 1.1 > 0.9612
        assertTrue(j.get("seconds").asDouble() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--alpha=0", "--alpha=NaN", "--kappa=NaN", "--alpha-range=0.5:1"})
    void badInputExitsWithTwo(String arg) {
        String[] args = arg.startsWith("--kappa")
                ? new String[] {"theory", "spherical", arg, "--capacity"}
                : new String[] {"theory", "spherical", "--kappa", "0", arg};
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.out());
        assertTrue(run.err().startsWith("error: "), run.err());
    }

    @Test
    void kappaAndOneModeAreRequired() {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("theory", "spherical", "--capacity").exit());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("theory", "spherical", "--kappa", "0").exit());
    }
}
