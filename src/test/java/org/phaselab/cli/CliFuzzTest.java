package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaselab.FuzzSample;
import org.phaselab.preset.PresetMutations;

/**
 * Random and extreme values at every command: a valid command line of each is mutated (an option's value replaced by
 * one of {@link #VALUES}, an option dropped, given twice, swapped with another's value, an unknown option or a stray
 * word added, a flag of the command added) and the run must keep the README's contract ({@link CliRun#assertContract}:
 * exit 0, 2, 3 or 4, strict JSON with finite numbers on stdout or one {@code error:} line, no Java names), finish in
 * bounded time, and leave existing files as they were unless it succeeded. Budget options (--max-seconds, --seconds,
 * --learner-max-seconds) are only set to values that must be refused, so no case runs long by design. {@code render} gets mutated shipped
 * presets too, and unreadable ones (missing, a folder, a symlink loop, /dev/zero, empty).
 * <p>The default sample is small and fixed ({@link FuzzSample}); {@code -Dphaselab.fuzz=N} runs N cases.
 */
class CliFuzzTest {
    /** Replacement values: zero and signs, overflow of int and long, the extremes of double, non-numbers, lists. */
    static final List<String> VALUES = List.of("0", "-0", "-1", "1", "3", "0.5", "1e308", "-1e308", "4.9e-324", "1e-300", "NaN",
            "Infinity", "-Infinity", "2147483647", "2147483648", "-2147483648", "9223372036854775807", "99999999999999999999",
            "1e6", "20001", "", " ", "abc", "0x10", "1,2", ",", "0.1,,0.2", "0.5:1:3", "0:1:100001", "1e308:1e308:2", "NaN:1:2",
            "1:0:2", "tanh", "linear", "storage");
    /** What a budget option is set to: each must be refused (or, 0.05, end the run almost at once). */
    static final List<String> BUDGETS = List.of("0", "-0", "-1", "1e308", "NaN", "Infinity", "86401", "1e6", "abc", "", "0.05");
    static final Set<String> BUDGET_OPTIONS = Set.of("--max-seconds", "--seconds", "--learner-max-seconds");
    /** Options naming files: their values always stay inside the test's folder (a relative value would land in the checkout). */
    static final Set<String> PATH_OPTIONS = Set.of("--out", "--bundle");
    static final List<String> PATHS = List.of("x.gif", "x.png", "x.PDF", "sub/x.svg", "bundle", "fig.pdf", ".", "", "x.svg/",
            "loop.json", "no such folder/x.svg");

    @TempDir
    static Path dir;
    static Path out;
    static Path bundle;
    static Path keep;
    static final Map<String, List<String[]>> TEMPLATES = new LinkedHashMap<>();
    static final Map<String, List<String>> FLAGS = new LinkedHashMap<>();

    static Set<Path> checkout;

    @BeforeAll
    static void templates() throws IOException {
        checkout = listing(Path.of("."));
        out = dir.resolve("fig.svg");
        bundle = Files.createDirectory(dir.resolve("bundle"));
        keep = Files.writeString(bundle.resolve("keep.txt"), "the user's own file");
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, loop);
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        add("theory storage", List.of("--capacity"), "--alpha 0.5 --kappa 0", "--kappa 0.3 --capacity", "--kappa 0 --alpha-range 0.1:1.2:5");
        add("theory spherical", List.of("--capacity"), "--alpha 1 --kappa 0", "--kappa -0.5 --capacity", "--kappa 0 --alpha-range 0.5:2.5:4");
        add("theory teacher-student", List.of("--transitions"), "--alpha 1", "--transitions", "--alpha-range 0.5:2:4");
        add("theory local-entropy", List.of("--alpha-le"), "--alpha 0.5 --d 0.05,0.1 --max-seconds 20",
                "--alpha 0.6 --kappa-ref 0.2 --kappa 0 --d 0.1 --max-seconds 20");
        add("theory random-features", List.of("--thresholds"), "--alpha 0.5 --alpha-d 2 --max-seconds 5",
                "--alpha 0.7 --alpha-d 1 --d 0.02,0.1 --measure large-deviation --max-seconds 5");
        add("theory deep-linear", List.of("--transition"), "--depth 2 --gamma 0.3", "--depth 3 --transition --a 2 --c 0.5",
                "--depth 1 --gamma 0.1 --y2 3");
        add("train-deep", List.of("--no-whiten"), "--depth 1 --width 4 --activation tanh --gamma-from 0 --gamma-to 0.5 --steps 2"
                + " --gd-steps 200 --samples 20 --dimension 4 --max-seconds 5");
        add("train", List.of(),
                "--student perceptron --data storage --n 101 --alpha 0.3 --algorithm cpr --max-seconds 2",
                "--student committee --k 3 --data teacher --teacher-k 3 --n 51 --alpha 0.5 --algorithm sbpi --max-seconds 2"
                        + " --test-size 200 --local-energy 0.01,0.05 --flip-sets 10",
                "--student tree --k 3 --data hidden-manifold --d 5 --n 63 --alpha 0.4 --algorithm rsgd --max-seconds 2 --test-size 100",
                "--student perceptron --data storage --n 51 --alpha 0.5 --algorithm sa --inputs gaussian --max-seconds 2 --max-epochs 50");
        // small learners with a budget per run: the default learners (N = 2001) take seconds a case
        add("train-bench", List.of(), "--n 101 --p 100 --seconds 0.05 --learner-n 101 --learner-seeds 1 --learner-max-seconds 2");
        add("jam", List.of(), "--p 50 --d 5 --depth 1 --width 4 --max-steps 200 --max-seconds 5 --activation relu");
        add("jam-perceptron", List.of(), "--n 50 --alpha 1 --kappa 0 --max-seconds 5");
        add("bench", List.of(), "--warmup 0 --repetitions 1 --only teacher-student-curve-200 --max-seconds 10");
        add("render", List.of("--force"), "presets/capacity.json --out " + out + " --max-seconds 5",
                "presets/typical-isolated.json --out " + dir.resolve("fig.png") + " --dpi 60 --width-cm 4 --max-seconds 5",
                "presets/capacity.json --out " + dir.resolve("fig.pdf") + " --bundle " + bundle + " --max-seconds 5",
                dir.resolve("missing.json") + " --out " + out, dir + " --out " + out, loop + " --out " + out,
                "/dev/zero --out " + out, empty + " --out " + out);
    }

    @AfterAll
    static void nothingLandsInTheCheckout() throws IOException {
        assertEquals(checkout, listing(Path.of(".")), "files written outside the test's folder");
    }

    private static Set<Path> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.collect(java.util.stream.Collectors.toSet());
        }
    }

    private static void add(String command, List<String> flags, String... argLines) {
        List<String[]> lines = new ArrayList<>();
        for (String line : argLines) {
            lines.add((command + " " + line).split(" "));
        }
        TEMPLATES.put(command, lines);
        FLAGS.put(command, flags);
    }

    @Test
    void everyCommandKeepsTheContractUnderRandomAndExtremeValues() throws IOException {
        Random random = FuzzSample.random("cli");
        int cases = FuzzSample.cases(120);
        List<String> commands = new ArrayList<>(TEMPLATES.keySet());
        int[] byExit = new int[5];
        for (int i = 0; i < cases; i++) {
            String command = commands.get(i % commands.size());
            List<String> args = new ArrayList<>(List.of(FuzzSample.pick(random, TEMPLATES.get(command))));
            int words = command.split(" ").length;
            String what = mutate(args, words, FLAGS.get(command), random);
            if (random.nextInt(4) == 0) {
                what += "; " + mutate(args, words, FLAGS.get(command), random);
            }
            byExit[run(args, "case " + i + " (" + what + ")").exit()]++;
        }
        assertEquals(0, byExit[1], "no internal error");
        assertTrue(byExit[0] > 0 && byExit[2] > 0, "the sample reaches results and refusals: " + java.util.Arrays.toString(byExit));
    }

    @Test
    void renderKeepsTheContractForMutatedShippedPresets() throws IOException {
        Random random = FuzzSample.random("render");
        List<Path> presets = PresetMutations.shipped();
        int cases = Math.max(1, FuzzSample.cases(120) / 10); // a tenth of the command cases: each renders, a second or so
        for (int i = 0; i < cases; i++) {
            Path preset = presets.get(i % presets.size());
            PresetMutations.Mutant m = PresetMutations.mutate(Files.readString(preset), random);
            Path file = Files.writeString(dir.resolve("mutant.json"), m.text());
            List<String> args = List.of("render", file.toString(), "--out", out.toString(), "--max-seconds", "1");
            run(args, "case " + i + ", " + preset.getFileName() + ": " + m.what());
        }
    }

    /** Runs one case with the output files in a known state, and checks the contract and the files. */
    private static CliRun run(List<String> args, String what) throws IOException {
        for (Path f : List.of(out, dir.resolve("fig.png"), dir.resolve("fig.pdf"))) {
            Files.writeString(f, "the previous figure");
        }
        String context = String.join(" ", args).replace(dir.toString(), "$TMP") + "  <- " + what;
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> CliRun.of(args.toArray(String[]::new)), context);
        run.assertContract(context);
        if (run.exit() != ExitCodes.OK) {
            for (Path f : List.of(out, dir.resolve("fig.png"), dir.resolve("fig.pdf"))) {
                assertEquals("the previous figure", Files.readString(f), "a failed run replaced " + f + ": " + context);
            }
        }
        assertEquals("the user's own file", Files.readString(keep), "a bundle never touches other files: " + context);
        return run;
    }

    /** Applies one random mutation to the options after the first {@code words} (the command); says what it did. */
    static String mutate(List<String> args, int words, List<String> flags, Random random) {
        List<Integer> options = new ArrayList<>();
        for (int i = words; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                options.add(i);
            }
        }
        int kind = options.isEmpty() ? 5 : random.nextInt(9);
        int at = options.isEmpty() ? -1 : FuzzSample.pick(random, options);
        String name = at < 0 ? "" : args.get(at);
        boolean hasValue = at >= 0 && at + 1 < args.size() && !args.get(at + 1).startsWith("--");
        switch (kind) {
            case 0, 1, 2, 3 -> {
                if (!hasValue) {
                    args.add(at + 1, FuzzSample.pick(random, VALUES));
                    return name + " given a value";
                }
                String value = valueFor(name, random);
                args.set(at + 1, value);
                return name + " = '" + value + "'";
            }
            case 4 -> {
                if (hasValue && !BUDGET_OPTIONS.contains(name)) {
                    args.remove(at + 1);
                }
                if (!BUDGET_OPTIONS.contains(name)) {
                    args.remove(at);
                    return "dropped " + name;
                }
                return "kept " + name;
            }
            case 5 -> {
                String extra = FuzzSample.pick(random, List.of("--no-such-option", "stray", "-x", "--", "-"));
                args.add(extra);
                return "added '" + extra + "'";
            }
            case 6 -> {
                args.add(name);
                if (hasValue) {
                    args.add(BUDGET_OPTIONS.contains(name) ? args.get(at + 1) : valueFor(name, random));
                }
                return name + " twice";
            }
            case 7 -> {
                int other = FuzzSample.pick(random, options);
                boolean otherHasValue = other + 1 < args.size() && !args.get(other + 1).startsWith("--");
                if (!hasValue || !otherHasValue || !swappable(name) || !swappable(args.get(other))) {
                    return "nothing swapped";
                }
                String v = args.get(at + 1);
                args.set(at + 1, args.get(other + 1));
                args.set(other + 1, v);
                return "values of " + name + " and " + args.get(other) + " swapped";
            }
            default -> {
                if (flags.isEmpty()) {
                    return "no flag to add";
                }
                String flag = FuzzSample.pick(random, flags);
                args.add(flag);
                return "added " + flag;
            }
        }
    }

    private static String valueFor(String option, Random random) {
        if (BUDGET_OPTIONS.contains(option)) {
            return FuzzSample.pick(random, BUDGETS);
        }
        if (PATH_OPTIONS.contains(option)) {
            return dir.resolve(FuzzSample.pick(random, PATHS)).toString();
        }
        return FuzzSample.pick(random, VALUES);
    }

    private static boolean swappable(String option) {
        return !BUDGET_OPTIONS.contains(option) && !PATH_OPTIONS.contains(option);
    }
}
