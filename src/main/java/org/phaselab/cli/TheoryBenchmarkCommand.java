package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.numerics.Monitor;
import org.phaselab.theory.storage.BinaryStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory benchmark}: warm wall times of the curves the panel recomputes while a slider moves (issue 2's speed
 * targets: a 200-point entropy curve under 20 ms, a 60-point local-entropy curve under 300 ms). Median and best of
 * {@code --runs} runs after as many warm-up runs.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Warm timings of the theory curves (milliseconds, median and best).")
public final class TheoryBenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "15", description = "timed runs per curve (default ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        if (runs < 1 || runs > 1000) {
            throw new BadInputException("--runs must be between 1 and 1000, got " + runs);
        }
        BinaryStorage storage = new BinaryStorage();
        double[] storageMs = time(() -> storage.curve(0, 0.01, 1.2, 200, Monitor.NONE));
        double alpha = 0.6;
        FranzParisi fp = new FranzParisi(alpha, storage.kappaMax(alpha).root(), 0);
        double[] d = new double[60];
        Arrays.setAll(d, i -> 0.5 * (i + 0.5) / 60);
        double[] localMs = time(() -> fp.curve(d, Monitor.NONE));
        ObjectNode out = Json.object();
        out.put("storage_curve_points", 200);
        out.put("storage_curve_ms_median", storageMs[0]);
        out.put("storage_curve_ms_best", storageMs[1]);
        out.put("local_entropy_curve_points", 60);
        out.put("local_entropy_curve_ms_median", localMs[0]);
        out.put("local_entropy_curve_ms_best", localMs[1]);
        out.put("cores", Runtime.getRuntime().availableProcessors());
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK;
    }

    /** {median, best} milliseconds of {@code runs} timed runs after {@code runs} warm-up runs. */
    private double[] time(Supplier<?> curve) {
        for (int i = 0; i < runs; i++) {
            curve.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            curve.get();
            ms[i] = (System.nanoTime() - start) * 1e-6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[0]};
    }
}
