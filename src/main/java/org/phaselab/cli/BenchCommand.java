package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.spherical.SphericalPerceptron;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.teacherstudent.TeacherStudentCurve;
import org.phaselab.theory.teacherstudent.TransitionFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: wall time of the theory curves the live panel recomputes while a slider moves (issue 2 targets,
 * warm JVM). Each workload runs {@code --warmup} times untimed, then {@code --repetitions} times timed; the
 * median and the minimum are reported. A workload is one line in {@link #benchmarks()}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the theory curves (warm): {benchmarks: [{name, description, median_ms, min_ms, "
                + "target_ms, meets_target, repetitions}], processors, java}."})
public final class BenchCommand implements Callable<Integer> {
    /**
     * One timed workload.
     *
     * @param name         short identifier (--only selects by it)
     * @param description  what is computed
     * @param targetMillis the target for the median, or NaN if there is none
     * @param work         the computation; its result is kept so the JIT cannot drop the work
     */
    record Benchmark(String name, String description, double targetMillis, Supplier<?> work) {}

    /** The workloads, in the order they are reported. */
    static List<Benchmark> benchmarks() {
        return List.of(
                new Benchmark("storage-entropy-curve-200", "binary storage entropy vs alpha, kappa = 0, 200 alphas in [0.01, 1.0]", 20,
                        () -> new BinaryStorage().curve(0.0, 0.01, 1.0, 200, Monitor.NONE)),
                new Benchmark("local-entropy-curve-60", "Franz-Parisi local entropy, alpha = 0.6, kappa~ = 0.26, kappa = 0, 60 d in [0.002, 0.12]", 300,
                        () -> new FranzParisi(0.6, 0.26, 0.0).curve(grid(0.002, 0.12, 60), Monitor.NONE)),
                new Benchmark("teacher-student-curve-200",
                        "teacher-student q, entropy, eps_g along the q < 1 branch, 200 alphas in [0.01, 1.49]", 20,
                        () -> new TeacherStudentCurve().compute(grid(0.01, 1.49, 200), Monitor.NONE)),
                new Benchmark("spherical-entropy-curve-200",
                        "spherical perceptron q and entropy, kappa = 0, 200 alphas in [0.01, 1.99]", Double.NaN,
                        () -> new SphericalPerceptron().curve(0.0, grid(0.01, 1.99, 200), Monitor.NONE)));
    }

    /** Most untimed and most timed runs of each workload: the slowest (about 0.3 s) then takes 10 minutes at worst. */
    static final int MAX_RUNS = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", description = "untimed runs of each workload first, 0..1000 (default ${DEFAULT-VALUE})")
    int warmup = 30;

    @Option(names = "--repetitions", description = "timed runs of each workload, 1..1000 (default ${DEFAULT-VALUE})")
    int repetitions = 30;

    @Option(names = "--only", description = "run only the workload of this name")
    String only;

    @Mixin
    TimeBudget budget;

    /** Results of each run end up here, so the work is observable. */
    private static volatile Object sink;

    @Override
    public Integer call() {
        Ranges.requireIn("--warmup", warmup, 0, MAX_RUNS);
        Ranges.requireIn("--repetitions", repetitions, 1, MAX_RUNS);
        List<Benchmark> chosen = benchmarks().stream().filter(b -> only == null || b.name().equals(only)).toList();
        if (chosen.isEmpty()) {
            throw new BadInputException("--only: no workload named '" + only + "'; known: "
                    + benchmarks().stream().map(Benchmark::name).toList());
        }
        Monitor clock = budget.start(); // checked between runs: 1000 + 1000 runs of every workload take about 10 minutes
        TransitionFinder.standard(); // model constants, computed once per process
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("benchmarks");
        for (Benchmark b : chosen) {
            for (int i = 0; i < warmup; i++) {
                clock.checkCancelled();
                sink = b.work().get();
            }
            double[] millis = new double[repetitions];
            for (int i = 0; i < repetitions; i++) {
                clock.checkCancelled();
                long start = System.nanoTime();
                sink = b.work().get();
                millis[i] = (System.nanoTime() - start) * 1e-6;
            }
            Arrays.sort(millis);
            double median = repetitions % 2 == 1 ? millis[repetitions / 2]
                    : 0.5 * (millis[repetitions / 2 - 1] + millis[repetitions / 2]);
            ObjectNode r = results.addObject();
            r.put("name", b.name());
            r.put("description", b.description());
            r.put("median_ms", median);
            r.put("min_ms", millis[0]);
            Json.putNumber(r, "target_ms", b.targetMillis());
            if (Double.isFinite(b.targetMillis())) {
                r.put("meets_target", median < b.targetMillis());
            } else {
                r.putNull("meets_target");
            }
            r.put("repetitions", repetitions);
        }
        out.put("processors", Runtime.getRuntime().availableProcessors());
        out.put("java", System.getProperty("java.version"));
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK;
    }

    /** COUNT points from FROM to TO inclusive. */
    static double[] grid(double from, double to, int count) {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = from + (to - from) * i / (count - 1);
        }
        return x;
    }
}
