package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.progress.Monitor;
import org.phaselab.service.theory.RsTheoryBackend;
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
        description = {"Times the theory curves (warm): {benchmarks: [{name, description, median_ms, min_ms, cpu_median_ms, "
                + "target_ms, meets_target, repetitions[, worst_case, cases]}], load_average_before, load_average_after, "
                + "processors, java}."})
public final class BenchCommand implements Callable<Integer> {
    /**
     * One timed workload: one or more cases, each timed on its own; the slowest case's median is the workload's.
     *
     * @param name           short identifier (--only selects by it)
     * @param description    what is computed
     * @param targetMillis   the target for the (worst case's) median, or NaN if there is none
     * @param maxRepetitions caps --warmup and --repetitions (for workloads of seconds)
     * @param cases          the computations
     */
    record Benchmark(String name, String description, double targetMillis, int maxRepetitions, List<Case> cases) {
        /** A workload of one case, repeated as often as asked. */
        static Benchmark of(String name, String description, double targetMillis, Supplier<?> work) {
            return new Benchmark(name, description, targetMillis, Integer.MAX_VALUE, List.of(new Case(name, work)));
        }
    }

    /** One timed computation; its result is kept so the JIT cannot drop the work. */
    record Case(String name, Supplier<?> work) {}

    /** A case's timings: wall and process CPU (all threads) per repetition, in ms, sorted. */
    private record Timing(double[] wall, double[] cpu) {}

    /** The workloads, in the order they are reported. */
    static List<Benchmark> benchmarks() {
        List<Benchmark> all = new ArrayList<>(List.of(
                Benchmark.of("storage-entropy-curve-200", "binary storage entropy vs alpha, kappa = 0, 200 alphas in [0.01, 1.0]", 4,
                        () -> new BinaryStorage().curve(0.0, 0.01, 1.0, 200, Monitor.NONE)),
                Benchmark.of("local-entropy-curve-60", "Franz-Parisi local entropy, alpha = 0.6, kappa~ = 0.26, kappa = 0, 60 d in [0.002, 0.12]", 150,
                        () -> new FranzParisi(0.6, 0.26, 0.0).curve(grid(0.002, 0.12, 60), Monitor.NONE)),
                Benchmark.of("teacher-student-curve-200",
                        "teacher-student q, entropy, eps_g along the q < 1 branch, 200 alphas in [0.01, 1.49]", 20,
                        () -> new TeacherStudentCurve().compute(grid(0.01, 1.49, 200), Monitor.NONE)),
                Benchmark.of("spherical-entropy-curve-200",
                        "spherical perceptron q and entropy, kappa = 0, 200 alphas in [0.01, 1.99]", Double.NaN,
                        () -> new SphericalPerceptron().curve(0.0, grid(0.01, 1.99, 200), Monitor.NONE))));
        all.addAll(SolverBenchmarks.all());
        return all;
    }

    /** Most untimed and most timed runs of each workload: the slowest (about 0.3 s) then takes 10 minutes at worst. */
    static final int MAX_RUNS = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", description = "untimed runs of each workload first, 0..1000 (default ${DEFAULT-VALUE})")
    int warmup = 30;

    @Option(names = "--repetitions", description = "timed runs of each workload, 1..1000 (default ${DEFAULT-VALUE})")
    int repetitions = 30;

    @Option(names = "--only", split = ",", description = "run only the workloads of these names (comma-separated)")
    List<String> only;

    @Mixin
    TimeBudget budget;

    /** Results of each run end up here, so the work is observable. */
    private static volatile Object sink;

    @Override
    public Integer call() {
        Ranges.requireIn("--warmup", warmup, 0, MAX_RUNS);
        Ranges.requireIn("--repetitions", repetitions, 1, MAX_RUNS);
        List<Benchmark> all = benchmarks();
        List<String> known = all.stream().map(Benchmark::name).toList();
        if (only != null) {
            for (String name : only) {
                if (!known.contains(name)) {
                    throw new BadInputException("--only: no workload named '" + name + "'; known: " + known);
                }
            }
        }
        List<Benchmark> chosen = all.stream().filter(b -> only == null || only.contains(b.name())).toList();
        Monitor clock = budget.start(); // checked between runs: 1000 + 1000 runs of every workload take about 10 minutes
        TransitionFinder.standard(); // model constants, computed once per process
        new RsTheoryBackend().alphaLocalEntropyWhenReady().toCompletableFuture().join(); // its background thread, done
        ObjectNode out = Json.object();
        out.put("load_average_before", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ArrayNode results = out.putArray("benchmarks");
        for (Benchmark b : chosen) {
            int reps = Math.min(repetitions, b.maxRepetitions());
            int warm = Math.min(warmup, b.maxRepetitions());
            Timing worst = null;
            String worstName = null;
            ArrayNode cases = b.cases().size() > 1 ? Json.object().arrayNode() : null;
            for (Case c : b.cases()) {
                Timing t = time(c, warm, reps, clock);
                if (worst == null || median(t.wall()) > median(worst.wall())) {
                    worst = t;
                    worstName = c.name();
                }
                if (cases != null) {
                    ObjectNode o = cases.addObject();
                    o.put("name", c.name());
                    o.put("median_ms", median(t.wall()));
                    o.put("cpu_median_ms", median(t.cpu()));
                }
            }
            double median = median(worst.wall());
            ObjectNode r = results.addObject();
            r.put("name", b.name());
            r.put("description", b.description());
            r.put("median_ms", median);
            r.put("min_ms", worst.wall()[0]);
            r.put("cpu_median_ms", median(worst.cpu()));
            Json.putNumber(r, "target_ms", b.targetMillis());
            if (Double.isFinite(b.targetMillis())) {
                r.put("meets_target", median < b.targetMillis());
            } else {
                r.putNull("meets_target");
            }
            r.put("repetitions", reps);
            if (cases != null) {
                r.put("worst_case", worstName);
                r.set("cases", cases);
            }
        }
        out.put("load_average_after", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.put("processors", Runtime.getRuntime().availableProcessors());
        out.put("java", System.getProperty("java.version"));
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK;
    }

    /** Warm-up runs, then timed ones: wall time and the process's CPU time (every thread: the pool's too). */
    private static Timing time(Case c, int warmup, int repetitions, Monitor clock) {
        for (int i = 0; i < warmup; i++) {
            clock.checkCancelled();
            sink = c.work().get();
        }
        double[] wall = new double[repetitions];
        double[] cpu = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            clock.checkCancelled();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            sink = c.work().get();
            wall[i] = (System.nanoTime() - start) * 1e-6;
            cpu[i] = (processCpuNanos() - cpuStart) * 1e-6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall, cpu);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** CPU time of this process, all threads (NaN-free: 0 where the platform does not say). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
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
