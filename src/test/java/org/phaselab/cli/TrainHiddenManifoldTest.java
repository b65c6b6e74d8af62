package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code train ... --data hidden-manifold --d D}: the random-features data of issue 4 in the training lab. */
class TrainHiddenManifoldTest {

    @Test
    void overparameterizedPerceptronInterpolatesAndGeneralizesBetterThanChance() {
        // N/P = 2, alpha_D = P/D = 5: far past the interpolation point N/P = 1/alpha_c(5) = 0.767
        CliRun run = CliRun.of("train", "--student", "perceptron", "--data", "hidden-manifold", "--d", "20", "--n", "200",
                "--alpha", "0.5", "--algorithm", "cpr", "--seed", "2", "--test-size", "2000", "--max-seconds", "20");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = run.json();
        assertTrue(json.get("solved").asBoolean(), run.out());
        assertEquals(0, json.get("train_errors").asInt());
        double eps = json.get("test_error").asDouble();
        assertTrue(eps > 0.05 && eps < 0.45, "test error " + eps);
        assertTrue(json.get("overlap").isNull(), "no teacher in input space");
    }

    @Test
    void sameSeedSameRun() {
        String[] args = {"train", "--student", "perceptron", "--data", "hidden-manifold", "--d", "10", "--n", "101",
                "--alpha", "0.4", "--algorithm", "cpr", "--seed", "4", "--test-size", "500", "--max-epochs", "200"};
        JsonNode a = CliRun.of(args).json();
        JsonNode b = CliRun.of(args).json();
        assertEquals(a.get("epochs"), b.get("epochs"));
        assertEquals(a.get("test_error"), b.get("test_error"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--data hidden-manifold --n 50 --alpha 0.5 --algorithm cpr|--data hidden-manifold needs --d",
            "--data hidden-manifold --d 0 --n 50 --alpha 0.5 --algorithm cpr|--d must be in 1..",
            "--data teacher --d 5 --n 50 --alpha 0.5 --algorithm cpr|does not apply to --data teacher",
            "--data hidden-manifold --d 5 --n 50 --alpha 0.5 --inputs gaussian --algorithm sgd|--inputs gaussian does not apply",
            "--data manifold --n 50 --alpha 0.5 --algorithm cpr|storage, teacher or hidden-manifold"})
    void badCombinationsAreOneLineErrors(String options, String message) {
        String[] base = {"train", "--student", "perceptron"};
        String[] extra = options.split(" ");
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count());
    }
}
