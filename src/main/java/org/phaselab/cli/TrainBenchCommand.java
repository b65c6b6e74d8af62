package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.phaselab.training.data.BinaryPatterns;
import org.phaselab.training.net.BinaryWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phaselab train-bench}: throughput of the packed forward pass (pattern-weight products per
 * second, single thread) against the machine's popcount bound, 64 products per {@code Long.bitCount}
 * times the measured bitCount rate on cache-resident words; also the naive byte dot product. The
 * kernels are measured in interleaved rounds and the best round of each is kept (the machine is shared).
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

    private static final int ROUNDS = 5;
    private static final long MAX_PRODUCTS = 1_000_000_000L;
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
        Json.print(spec.commandLine().getOut(), out);
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
