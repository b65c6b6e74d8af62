package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The benchmark's report format (one cold run each; the figures themselves are not asserted). */
class BenchCommandTest {

    @Test
    void reportsEveryWorkloadWithMedianAndMinimum() {
        CliRun run = CliRun.of("bench", "--warmup", "0", "--repetitions", "1");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode list = run.json().get("benchmarks");
        assertEquals(BenchCommand.benchmarks().size(), list.size());
        for (JsonNode b : list) {
            assertTrue(b.get("median_ms").asDouble() > 0, b.toString());
            assertTrue(b.get("min_ms").asDouble() <= b.get("median_ms").asDouble(), b.toString());
            assertEquals(1, b.get("repetitions").asInt());
        }
        JsonNode teacherStudent = null;
        for (JsonNode b : list) {
            if (b.get("name").asText().equals("teacher-student-curve-200")) {
                teacherStudent = b;
            }
        }
        assertTrue(teacherStudent != null, list.toString());
        assertEquals(20.0, teacherStudent.get("target_ms").asDouble());
    }

    @Test
    void unknownWorkloadIsBadInput() {
        CliRun run = CliRun.of("bench", "--only", "nonsense");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("teacher-student-curve-200"), run.err());
    }
}
