package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case of each kind in the hardening issue's fuzz list, with the exit code and the words its message must hold;
 * {@link CliFuzzTest} samples around them. (Output safety: {@link CliContractTest}; presets: PresetReaderTest,
 * PresetFuzzTest; the background service: LatestWinsServiceTest.)
 */
class FuzzKindsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        Files.createSymbolicLink(dir.resolve("loop.json"), dir.resolve("loop.json"));
        Files.writeString(dir.resolve("two.json"), "{\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{}}{\"title\":\"u\"}");
        Files.writeString(dir.resolve("trailing.json"), "{\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{}} and more");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // sizes without an upper bound, or beyond int: exit 2 naming the option and its limit
            "train --student perceptron --data storage --n 2147483648 --alpha 0.5 --algorithm cpr | 2 | --n,more than 2147483647",
            "train --student perceptron --data storage --n 99999999999999999999 --alpha 0.5 --algorithm cpr | 2 | --n,more than",
            "train --student perceptron --data storage --n 1e6 --alpha 0.5 --algorithm cpr | 2 | --n must be in 11..20001",
            "train --student committee --k 2147483647 --data storage --n 101 --alpha 0.5 --algorithm cpr | 2 | --k must be an odd number in 1..15",
            "train --student perceptron --data teacher --teacher-k 1001 --n 101 --alpha 0.5 --algorithm cpr | 2 | --teacher-k,1..15",
            "train --student perceptron --data teacher --test-size 2147483647 --n 101 --alpha 0.5 --algorithm cpr | 2 | --test-size must be in 1..1000000",
            "train --student perceptron --data hidden-manifold --d 2147483647 --n 101 --alpha 0.5 --algorithm cpr | 2 | --d must be in 1..100000",
            "train --student perceptron --data storage --n 20001 --alpha 1e308 --algorithm cpr | 2 | --alpha must lie in [0.001, 5]",
            "train --student perceptron --data storage --n 101 --alpha 0.5 --algorithm cpr --flip-sets 100001 --local-energy 0.1 | 2 | --flip-sets must be in 2..100000",
            "jam --p 1000000 --d 100000 --depth 20 --width 10000 | 2 | net too large,N <= 200000",
            "jam --p 2147483647 --d 5 --depth 1 --width 4 | 2 | --p must be in 1..1000000",
            "jam-perceptron --n 2147483647 --alpha 1 --kappa 0 | 2 | --n must be in 1..5000",
            "bench --repetitions 2147483647 | 2 | --repetitions must be in 1..1000",
            "bench --warmup 1001 | 2 | --warmup must be in 0..1000",
            "train-bench --n 1000000 --p 1000000 | 2 | --n 1000000 times --p 1000000,1000000000",
            "render /dev/zero --out {dir}/x.svg | 2 | too large for a preset",
            // derived values: exit 2 in the user's terms, no Java names
            "theory storage --kappa 0 --alpha-range 1e308:1e308:2 | 2 | --alpha-range FROM must be <= 1000000",
            "theory storage --alpha 0.5 --kappa 1e308 | 2 | --kappa must lie in [-100, 100]",
            "theory local-entropy --alpha 0.5 --kappa-ref 1e308 --d 0.1 | 2 | --kappa-ref must lie in [-2, 3]",
            "theory deep-linear --depth 2 --gamma 0.3 --a 1e308 | 2 | --a must lie in",
            "theory deep-linear --depth 2 --gamma 1e308 | 2 | --gamma must lie in [0, 1000000]",
            // no run without an overall budget
            "train --student perceptron --data storage --n 101 --alpha 0.5 --algorithm cpr --max-seconds 1e308 | 2 | --max-seconds must lie in [0.1, 3600]",
            "train --student perceptron --data storage --n 101 --alpha 0.5 --algorithm cpr --max-epochs 2147483647 | 2 | --max-epochs must be in 1..1000000",
            "jam --p 50 --d 5 --depth 1 --width 4 --max-seconds 1e308 | 2 | --max-seconds must be <= 86400",
            "train-deep --depth 1 --width 4 --activation tanh --gamma-from 0 --gamma-to 1 --steps 2 --gd-steps 10000001 | 2 | --gd-steps must be in 1..10000000",
            "train-bench --seconds 1e308 | 2 | --seconds must be <= 60",
            "bench --max-seconds NaN | 2 | --max-seconds",
            "theory local-entropy --alpha-le --max-seconds 0 | 2 | --max-seconds must be > 0",
            // an empty --d list; presets with text after the object
            "theory local-entropy --alpha 0.5 --d , | 2 | --d needs 1 to 1000 distances",
            "render {dir}/two.json --out {dir}/x.svg | 2 | text after the preset",
            "render {dir}/trailing.json --out {dir}/x.svg | 2 | not valid JSON,trailing.json",
            // missing file, folder, symlink loop: exit 3 with the reason
            "render {dir}/missing.json --out {dir}/x.svg | 3 | no such file",
            "render {dir} --out {dir}/x.svg | 3 | folder",
            "render {dir}/loop.json --out {dir}/x.svg | 3 | symbolic links",
            "render presets/capacity.json --out {dir}/no/such/x.svg | 3 | does not exist",
    })
    void eachKindIsHandled(String line, int exit, String words) {
        String[] args = line.replace("{dir}", dir.toString()).split(" ");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of(args)).assertContract(line);
        assertEquals(exit, run.exit(), run.err());
        for (String word : words.split(",")) {
            assertTrue(run.err().contains(word.strip()), "'" + word + "' in " + run.err());
        }
    }

    @Test
    void aPresetBeyondAlphaGdIsRefusedByRenderAsTheCommandRefusesIt() throws IOException {
        Path preset = Files.writeString(dir.resolve("gd.json"),
                "{\"title\":\"t\",\"panel\":\"theory\",\"figure\":\"local-entropy\",\"parameters\":{\"le_alpha\":0.6,\"le_kappa\":1.0}}");
        CliRun render = CliRun.of("render", preset.toString(), "--out", dir.resolve("gd.svg").toString()).assertContract("render");
        CliRun command = CliRun.of("theory", "local-entropy", "--alpha", "0.6", "--kappa", "1", "--d", "0.1").assertContract("cli");
        assertEquals(ExitCodes.BAD_INPUT, render.exit());
        assertEquals(ExitCodes.BAD_INPUT, command.exit());
        String message = command.err().strip().substring("error: ".length());
        assertTrue(message.contains("alpha must be below alpha_GD(kappa) = 0.3308"), message);
        assertTrue(render.err().contains(message), render.err());
    }
}
