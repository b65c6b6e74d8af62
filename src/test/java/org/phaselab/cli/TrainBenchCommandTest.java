package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Shape only: speed is never asserted in a unit test. */
class TrainBenchCommandTest {

    @Test
    void printsThroughputAndTheFractionOfThePopcountBound() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err),
                "train-bench", "--n", "129", "--p", "20", "--seconds", "0.05", "--algorithms", "sbpi,cpr", "--learner-n", "101",
                "--learner-alpha", "0.3", "--learner-seeds", "2");
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        for (String key : new String[] {"products_per_second", "bitcount_per_second",
                "popcount_bound_products_per_second", "fraction_of_bound", "naive_products_per_second"}) {
            assertTrue(json.get(key).asDouble() > 0, key);
        }
        assertEquals(64 * json.get("bitcount_per_second").asDouble(),
                json.get("popcount_bound_products_per_second").asDouble(), 1e-6 * json.get("popcount_bound_products_per_second").asDouble());
        JsonNode learners = json.get("learners");
        assertEquals(2, learners.size());
        assertEquals("sbpi", learners.get(0).get("algorithm").asText());
        for (JsonNode l : learners) {
            assertEquals(2, l.get("solved").asInt(), "alpha = 0.3 at N = 101 is easy: " + l);
            assertTrue(l.get("median_ms_per_sweep").asDouble() > 0);
            assertTrue(l.get("median_cpu_ms_per_sweep").asDouble() >= 0);
            assertTrue(l.get("median_sweeps").asDouble() >= 1);
        }
    }

    @Test
    void aWallClockBudgetStopsEachRunAndEveryRunIsReported() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // alpha = 1.2 has no solution: only the 0.2 s budget ends the runs
        int code = PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err),
                "train-bench", "--n", "64", "--p", "8", "--seconds", "0.05", "--algorithms", "fbp", "--learner-n", "201",
                "--learner-alpha", "1.2", "--learner-seeds", "2", "--learner-max-seconds", "0.2");
        assertEquals(0, code, err.toString());
        JsonNode runs = Json.mapper().readTree(out.toString()).get("learners").get(0).get("runs");
        assertEquals(2, runs.size());
        for (int s = 0; s < 2; s++) {
            JsonNode r = runs.get(s);
            assertEquals(s + 1, r.get("seed").asInt());
            assertTrue(!r.get("solved").asBoolean() && r.get("train_errors").asInt() > 0, r.toString());
            double seconds = r.get("seconds").asDouble();
            assertTrue(seconds >= 0.2 && seconds < 5, "stopped by the budget: " + r);
            assertTrue(r.get("sweeps").asInt() < 20000, r.toString());
            assertTrue(r.get("process_cpu_seconds").asDouble() >= 0 && r.get("thread_cpu_seconds").asDouble() > 0, r.toString());
        }
        StringWriter err2 = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, PhaseLabCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err2),
                "train-bench", "--seconds", "0.01", "--learner-max-seconds", "0"));
        assertTrue(err2.toString().startsWith("error: --learner-max-seconds"), err2.toString());
    }

    @Test
    void unknownLearnerOrLearnerSizeBeyondItsLimitExitTwo() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, PhaseLabCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "train-bench", "--seconds", "0.01", "--algorithms", "perceptron"));
        assertTrue(err.toString().startsWith("error: --algorithms"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, PhaseLabCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err2),
                "train-bench", "--seconds", "0.01", "--learner-n", "2000000000", "--learner-alpha", "5"));
        assertTrue(err2.toString().startsWith("error: --learner-n must be in 11..20001"), err2.toString());
    }

    @Test
    void badSizeExitsTwo() {
        int code = PhaseLabCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "train-bench", "--n", "0");
        assertEquals(ExitCodes.BAD_INPUT, code);
    }
}
