package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's report format (one cold run each of the quick workloads and of one with several cases; the figures
 * themselves are not asserted; the slow ones, seconds each, run in {@code bench} only).
 */
class BenchCommandTest {
    private static final String QUICK = "storage-entropy-curve-200,teacher-student-curve-200,spherical-entropy-curve-200,"
            + "local-entropy-curve-60,entropy-family-4x200,local-entropy-hard-curves-60";

    @Test
    void reportsEveryWorkloadWithMedianAndMinimum() {
        CliRun run = CliRun.of("bench", "--warmup", "0", "--repetitions", "1", "--only", QUICK);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode list = run.json().get("benchmarks");
        assertEquals(QUICK.split(",").length, list.size());
        for (String name : QUICK.split(",")) {
            assertTrue(BenchCommand.benchmarks().stream().anyMatch(b -> b.name().equals(name)), name);
        }
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
        JsonNode hard = list.get(list.size() - 1);
        assertEquals(SolverBenchmarks.HARD_CURVES.length, hard.get("cases").size(), hard.toString());
        assertTrue(hard.get("worst_case").asText().startsWith("alpha="), hard.toString());
    }

    @Test
    void unknownWorkloadIsBadInput() {
        CliRun run = CliRun.of("bench", "--only", "nonsense");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("teacher-student-curve-200"), run.err());
    }
}
