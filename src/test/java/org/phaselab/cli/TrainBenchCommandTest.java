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
                "train-bench", "--n", "129", "--p", "20", "--seconds", "0.05");
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        for (String key : new String[] {"products_per_second", "bitcount_per_second",
                "popcount_bound_products_per_second", "fraction_of_bound", "naive_products_per_second"}) {
            assertTrue(json.get(key).asDouble() > 0, key);
        }
        assertEquals(64 * json.get("bitcount_per_second").asDouble(),
                json.get("popcount_bound_products_per_second").asDouble(), 1e-6 * json.get("popcount_bound_products_per_second").asDouble());
    }

    @Test
    void badSizeExitsTwo() {
        int code = PhaseLabCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "train-bench", "--n", "0");
        assertEquals(ExitCodes.BAD_INPUT, code);
    }
}
