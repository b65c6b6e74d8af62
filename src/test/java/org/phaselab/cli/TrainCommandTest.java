package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PhaseLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static List<String> keys(JsonNode node) {
        List<String> k = new ArrayList<>();
        node.fieldNames().forEachRemaining(k::add);
        return k;
    }

    @Test
    void storageRunPrintsExactlyTheIssueKeys() throws Exception {
        int code = run("train", "--student", "perceptron", "--data", "storage", "--n", "201", "--alpha", "0.3",
                "--algorithm", "sbpi", "--seed", "3", "--local-energy", "0,0.01,0.05");
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(List.of("solved", "train_errors", "epochs", "seconds", "test_error", "overlap", "local_energy"),
                keys(json));
        assertTrue(json.get("solved").asBoolean());
        assertEquals(0, json.get("train_errors").asInt());
        assertTrue(json.get("test_error").isNull());
        assertTrue(json.get("overlap").isNull());
        assertEquals(3, json.get("local_energy").size());
        JsonNode first = json.get("local_energy").get(0);
        assertEquals(List.of("p", "train_error", "stderr"), keys(first));
        assertEquals(0.0, first.get("train_error").asDouble());
        assertTrue(json.get("local_energy").get(2).get("train_error").asDouble() > 0);
    }

    @Test
    void teacherRunReportsTestErrorAndOverlap() throws Exception {
        int code = run("train", "--student", "tree", "--k", "3", "--data", "teacher", "--teacher-k", "3", "--n", "99",
                "--alpha", "1", "--algorithm", "sbpi", "--test-size", "500", "--max-epochs", "50");
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        double e = json.get("test_error").asDouble();
        assertTrue(e >= 0 && e <= 0.5, "test error " + e);
        assertTrue(json.get("overlap").isNumber());
        assertEquals(0, json.get("local_energy").size());
    }

    @Test
    void epochBudgetStopsAnImpossibleRunAndReportsIt() throws Exception {
        int code = run("train", "--student", "perceptron", "--data", "storage", "--n", "101", "--alpha", "1.5",
                "--algorithm", "cpr", "--max-epochs", "20", "--local-energy", "0.01");
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertFalse(json.get("solved").asBoolean());
        assertEquals(20, json.get("epochs").asInt());
        assertTrue(json.get("train_errors").asInt() > 0);
        assertEquals(1, json.get("local_energy").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--student perceptron --data storage --n 0 --alpha 0.5 --algorithm sbpi",
            "--student perceptron --data storage --n 101 --alpha 0 --algorithm sbpi",
            "--student perceptron --data storage --n 101 --alpha -1 --algorithm sbpi",
            "--student committee --k 4 --data storage --n 101 --alpha 0.5 --algorithm sbpi",
            "--student perceptron --data teacher --teacher-k 2 --n 101 --alpha 0.5 --algorithm sbpi",
            "--student tree --k 3 --data storage --n 100 --alpha 0.5 --algorithm sbpi",
            "--student perceptron --k 3 --data storage --n 101 --alpha 0.5 --algorithm sbpi",
            "--student perceptron --data storage --n 101 --alpha 0.5 --algorithm magic",
            "--student perceptron --data random --n 101 --alpha 0.5 --algorithm sbpi",
            "--student perceptron --data storage --n 101 --alpha 0.5 --algorithm sbpi --local-energy 1.5",
            "--student perceptron --data storage --n 101 --alpha 0.5 --algorithm sbpi --inputs gaussian",
            "--student perceptron --data storage --n 101 --alpha 0.5 --algorithm sbpi --max-seconds 0",
            "--student perceptron --data storage --n 101 --alpha 0.5",
            "--student committee --k 3 --data storage --n 101 --alpha 0.5 --algorithm fbp",
            "--student perceptron --data storage --n 101 --alpha 0.5 --algorithm fbp --inputs gaussian",
            "--student perceptron --data storage --n 2000000000 --alpha 5 --algorithm fbp",
            "--student perceptron --data storage --n 101 --alpha 0.5 --algorithm fbp --fbp-step 0",
            "--student perceptron --data storage --n 101 --alpha 0.5 --algorithm sbpi --fbp-step 0.01",
    })
    void impossibleSettingsExitTwoWithOneLine(String args) {
        List<String> argv = new ArrayList<>(List.of("train"));
        argv.addAll(List.of(args.split(" ")));
        assertEquals(ExitCodes.BAD_INPUT, run(argv.toArray(new String[0])));
        String message = err.toString().trim();
        assertTrue(message.startsWith("error: "), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertEquals("", out.toString());
    }

    @Test
    void focusingBpSolvesAStorageInstance() throws Exception {
        int code = run("train", "--student", "perceptron", "--data", "storage", "--n", "501", "--alpha", "0.6",
                "--algorithm", "fbp", "--seed", "2", "--max-epochs", "2000", "--local-energy", "0.01");
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertTrue(json.get("solved").asBoolean(), out.toString());
        assertTrue(json.get("local_energy").get(0).get("train_error").asDouble() > 0);
    }

    @Test
    void gaussianInputsWorkWithLatentWeightTrainers() throws Exception {
        int code = run("train", "--student", "perceptron", "--data", "teacher", "--n", "101", "--alpha", "0.5",
                "--algorithm", "rsgd", "--inputs", "gaussian", "--test-size", "200", "--max-epochs", "200");
        assertEquals(0, code, err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertTrue(json.get("test_error").asDouble() < 0.5);
    }
}
