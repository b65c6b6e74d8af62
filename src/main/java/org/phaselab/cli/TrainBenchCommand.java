package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.phaselab.training.data.BinaryPatterns;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.BinaryWeights;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.RunOutcome;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phaselab train-bench}: throughput of the packed forward pass (pattern-weight products per
 * second, single thread) against the machine's popcount bound, 64 products per {@code Long.bitCount}
 * times the measured bitCount rate on cache-resident words; also the naive byte dot product. The
 * kernels are measured in interleaved rounds and the best round of each is kept (the machine is shared).
 * Then the learners: each algorithm of {@code --algorithms} trains the perceptron on storage data (N = --learner-n,
 * alpha = --learner-alpha, seeds 1..--learner-seeds, data seed = trainer seed) until solved or --learner-max-sweeps;
 * the time per sweep of a run is its running time (the runner's own loop, training-error check included) over its
 * sweeps, as wall-clock time and as CPU time of the training thread (which a shared machine inflates less),
 * and the medians over seeds are reported, after one untimed warm-up run.
 */
@Command(name = "train-bench", mixinStandardHelpOptions = true,
        description = "Benchmark the packed XNOR/popcount forward pass against the popcount bound; JSON out.")
public final class TrainBenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--n", defaultValue = "1001", description = "inputs per pattern, 1..1000000 (N P <= 10^9)")
    int n;

    @Option(names = "--p", defaultValue = "1000", description = "patterns, 1..1000000")
    int p;

    @Option(names = "--seconds", defaultValue = "2", description = "time per kernel, split over 5 interleaved rounds, in (0, 60] s")
    double seconds;

    @Option(names = "--algorithms", split = ",", defaultValue = "sbpi,cpr",
            description = "learners to time (cpr, sbpi, rsgd, sgd, sa, fbp); 'none' for the kernel only")
    List<String> algorithms;

    @Option(names = "--learner-n", defaultValue = "2001", description = "N of the learners' runs")
    int learnerN;

    @Option(names = "--learner-alpha", defaultValue = "0.7", description = "alpha of the learners' runs")
    double learnerAlpha;

    @Option(names = "--learner-seeds", defaultValue = "5", description = "seeds per learner")
    int learnerSeeds;

    @Option(names = "--learner-max-sweeps", defaultValue = "20000", description = "sweep budget of each learner run")
    int learnerMaxSweeps;

    @Option(names = "--learner-max-seconds", description = "wall-clock budget of each learner run, in (0, 3600] s (default: none)")
    Double learnerMaxSeconds;

    /** Sweeps of the untimed warm-up run (enough to compile the hot loops; a whole run could take the full budget). */
    private static final int WARM_UP_SWEEPS = 100;

    private static final int ROUNDS = 5;
    private static final long MAX_PRODUCTS = 1_000_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static volatile long sink;

    @Override
    public void run() {
        Ranges.requireIn("--n", n, 1, 1_000_000);
        Ranges.requireIn("--p", p, 1, 1_000_000);
        if ((long) n * p > MAX_PRODUCTS) {
            throw new BadInputException("--n " + n + " times --p " + p + " is more than " + MAX_PRODUCTS + " pattern entries");
        }
        Limits.requireMemory("--n " + n + " with --p " + p, p * (48 + n * 1.125));
        Ranges.requirePositive("--seconds", seconds, 60);
        Ranges.requireIn("--learner-n", learnerN, 11, 20001);
        Ranges.requireIn("--learner-seeds", learnerSeeds, 1, 100);
        Ranges.requireIn("--learner-max-sweeps", learnerMaxSweeps, 1, 1_000_000);
        if (learnerMaxSeconds != null) {
            Ranges.requirePositive("--learner-max-seconds", learnerMaxSeconds, 3600);
        }
        if (!(learnerAlpha > 0 && learnerAlpha <= 2)) {
            throw new BadInputException("--learner-alpha must lie in (0, 2], got " + learnerAlpha);
        }
        List<Algorithm> timed = learners();
        SplittableRandom rng = new SplittableRandom(1);
        BinaryPatterns patterns = BinaryPatterns.random(p, n, rng);
        BinaryWeights w = BinaryWeights.random(n, rng);
        long[] words = new long[512];
        for (int j = 0; j < words.length; j++) {
            words[j] = rng.nextLong();
        }
        Runnable bitCountKernel = () -> {
            long s = 0;
            for (long x : words) {
                s += Long.bitCount(x);
            }
            sink += s;
        };
        Runnable packedKernel = () -> {
            long s = 0;
            for (int mu = 0; mu < p; mu++) {
                s += patterns.intField(mu, w);
            }
            sink += s;
        };
        byte[] ws = w.signsView();
        Runnable naiveKernel = () -> {
            long s = 0;
            for (int mu = 0; mu < p; mu++) {
                byte[] x = patterns.row(mu);
                int f = 0;
                for (int i = 0; i < n; i++) {
                    f += x[i] * ws[i];
                }
                s += f;
            }
            sink += s;
        };
        // the machine is shared: interleave short measurements and keep the best of each kernel
        double bitCounts = 0;
        double packed = 0;
        double naive = 0;
        for (int round = 0; round < ROUNDS; round++) {
            bitCounts = Math.max(bitCounts, rate(bitCountKernel, words.length));
            packed = Math.max(packed, rate(packedKernel, (double) n * p));
            naive = Math.max(naive, rate(naiveKernel, (double) n * p));
        }
        double bound = 64 * bitCounts;
        ObjectNode out = Json.object();
        out.put("n", n);
        out.put("p", p);
        Json.putNumber(out, "products_per_second", packed);
        Json.putNumber(out, "bitcount_per_second", bitCounts);
        Json.putNumber(out, "popcount_bound_products_per_second", bound);
        Json.putNumber(out, "fraction_of_bound", packed / bound);
        Json.putNumber(out, "naive_products_per_second", naive);
        ArrayNode learners = out.putArray("learners");
        for (Algorithm a : timed) {
            learners.add(learner(a));
        }
        Json.print(spec.commandLine().getOut(), out);
    }

    private List<Algorithm> learners() {
        if (algorithms.size() == 1 && algorithms.get(0).equalsIgnoreCase("none")) {
            return List.of();
        }
        if (Math.round(learnerAlpha * learnerN) < 1) {
            throw new BadInputException("--learner-alpha " + learnerAlpha + " with --learner-n " + learnerN + " gives no pattern");
        }
        TrainSetup.requireMemory(learnerN, learnerAlpha);
        try {
            return algorithms.stream().map(Algorithm::fromKey).toList();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--algorithms: " + e.getMessage());
        }
    }

    /**
     * Median time per sweep (wall clock, and CPU time of this thread) and to solve, over
     * the seeds, after one untimed warm-up run of seed 1 ({@value #WARM_UP_SWEEPS} sweeps at most); and each run:
     * solved, sweeps, wall seconds, CPU seconds of this thread and of the whole process (a trainer that splits its
     * sweep over the cores, fBP, spends CPU on other threads too; the process figure also holds GC and compilation).
     */
    private ObjectNode learner(Algorithm a) {
        train(a, 1, Math.min(WARM_UP_SWEEPS, learnerMaxSweeps), new double[2]);
        double[] perSweep = new double[learnerSeeds];
        double[] cpuPerSweep = new double[learnerSeeds];
        double[] seconds = new double[learnerSeeds];
        double[] sweeps = new double[learnerSeeds];
        int solved = 0;
        ArrayNode runs = Json.object().arrayNode();
        for (int s = 0; s < learnerSeeds; s++) {
            double[] cpuSeconds = new double[2];
            RunOutcome o = train(a, s + 1, learnerMaxSweeps, cpuSeconds);
            double wall = o.seconds();
            solved += o.solved() ? 1 : 0;
            sweeps[s] = o.last().epoch();
            seconds[s] = wall;
            perSweep[s] = 1e3 * wall / Math.max(1, o.last().epoch());
            cpuPerSweep[s] = 1e3 * cpuSeconds[0] / Math.max(1, o.last().epoch());
            ObjectNode one = runs.addObject();
            one.put("seed", s + 1);
            one.put("solved", o.solved());
            one.put("train_errors", o.last().trainErrors());
            one.put("sweeps", o.last().epoch());
            Json.putNumber(one, "seconds", wall);
            Json.putNumber(one, "thread_cpu_seconds", cpuSeconds[0]);
            Json.putNumber(one, "process_cpu_seconds", cpuSeconds[1]);
        }
        ObjectNode r = Json.object();
        r.put("algorithm", a.key());
        r.put("n", learnerN);
        r.put("alpha", learnerAlpha);
        r.put("seeds", learnerSeeds);
        r.put("solved", solved);
        Json.putNumber(r, "median_ms_per_sweep", median(perSweep));
        Json.putNumber(r, "median_cpu_ms_per_sweep", median(cpuPerSweep));
        Json.putNumber(r, "median_seconds", median(seconds));
        Json.putNumber(r, "median_sweeps", median(sweeps));
        r.set("runs", runs);
        return r;
    }

    /**
     * One run (its seconds: wall clock of the runner's loop, data drawing excluded); the CPU seconds of this thread
     * over the same loop go to cpuSeconds[0], those of the process to cpuSeconds[1] (read twice, not every sweep:
     * the CPU clock is a system call). The run stops when solved, after maxSweeps or after --learner-max-seconds.
     */
    private RunOutcome train(Algorithm a, long seed, int maxSweeps, double[] cpuSeconds) {
        Architecture student = Architecture.perceptron(learnerN);
        TrainingRun run = new TrainingRun(ProblemGenerator.generate(DataSpec.storage(learnerN, learnerAlpha, seed)), student,
                a.defaults(), seed);
        run.setTrackTest(false);
        StopRule rule = learnerMaxSeconds == null ? StopRule.epochs(maxSweeps) : new StopRule(true, maxSweeps, learnerMaxSeconds);
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long processStart = PROCESS.getProcessCpuTime();
        RunOutcome o = run.run(rule, System::nanoTime, () -> false);
        cpuSeconds[0] = (CPU.getCurrentThreadCpuTime() - cpuStart) * 1e-9;
        cpuSeconds[1] = (PROCESS.getProcessCpuTime() - processStart) * 1e-9;
        return o;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** Work units per second of {@code body}, after a short warm-up, over about {@code seconds / ROUNDS}. */
    private double rate(Runnable body, double unitsPerCall) {
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < 50_000_000L) {
            body.run();
        }
        long calls = 0;
        long start = System.nanoTime();
        long budget = (long) (seconds * 1e9 / ROUNDS);
        long now;
        do {
            for (int r = 0; r < 16; r++) {
                body.run();
            }
            calls += 16;
            now = System.nanoTime();
        } while (now - start < budget);
        return calls * unitsPerCall / ((now - start) * 1e-9);
    }
}
