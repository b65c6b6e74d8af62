package org.phaselab.service.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.trainer.Algorithm;

/**
 * Where algorithms stop: the binary perceptron on storage data, for each algorithm and each N, the solved fraction
 * over {@code seeds} seeds on an alpha grid, every run bounded by {@code secondsPerRun} (and a sweep budget). Seeds
 * firstSeed, firstSeed + 1, ... seed both the data and the trainer.
 *
 * @param algorithms    the algorithms compared (efficient ones; annealing is allowed but solves little)
 * @param sizes         the N, increasing, 11..20001
 * @param alphaMin      first alpha of the grid
 * @param alphaMax      last alpha of the grid
 * @param alphaPoints   alphas on the grid
 * @param seeds         runs per (algorithm, N, alpha)
 * @param firstSeed     the first seed
 * @param secondsPerRun budget of each run in CPU seconds of the thread that runs it (one thread per run; a wall-clock
 *                      budget would shrink with the load of other jobs on a shared machine)
 * @param maxSweeps     sweep budget of each run
 */
public record FrontierRequest(List<Algorithm> algorithms, int[] sizes, double alphaMin, double alphaMax, int alphaPoints,
                              int seeds, long firstSeed, double secondsPerRun, int maxSweeps) {
    public FrontierRequest {
        check(algorithms != null && !algorithms.isEmpty() && algorithms.stream().distinct().count() == algorithms.size(),
                "need at least one algorithm, each once");
        check(sizes != null && sizes.length >= 1 && sizes.length <= 8, "need 1 to 8 sizes N");
        sizes = sizes.clone();
        for (int i = 0; i < sizes.length; i++) {
            check(sizes[i] >= 11 && sizes[i] <= 20001, "every N must lie in 11..20001, got " + sizes[i]);
            check(i == 0 || sizes[i] > sizes[i - 1], "sizes must increase, got " + Arrays.toString(sizes));
        }
        check(alphaMin > 0 && alphaMax >= alphaMin && alphaMax <= 2, "alpha grid needs 0 < min <= max <= 2, got " + alphaMin + ", " + alphaMax);
        check(alphaPoints >= 1 && alphaPoints <= 40, "alpha points must lie in 1..40, got " + alphaPoints);
        check(seeds >= 1 && seeds <= 100, "seeds must lie in 1..100, got " + seeds);
        check(firstSeed >= 1, "seeds must be >= 1");
        check(secondsPerRun > 0 && secondsPerRun <= 3600, "time budget per run must lie in (0, 3600] s, got " + secondsPerRun);
        check(maxSweeps >= 1, "sweep budget must be >= 1, got " + maxSweeps);
        DataSpec.storage(sizes[sizes.length - 1], alphaMax, 1).requireHeap();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    public double[] alphas() {
        double[] a = new double[alphaPoints];
        for (int i = 0; i < a.length; i++) {
            a[i] = alphaPoints == 1 ? alphaMin : alphaMin + (alphaMax - alphaMin) * i / (alphaPoints - 1);
        }
        return a;
    }

    /** Runs of the whole study. */
    public int runs() {
        return algorithms.size() * sizes.length * alphaPoints * seeds;
    }

    /** At most this many seconds of running on one core: every run taking its full budget. */
    public double worstCaseCoreSeconds() {
        return runs() * secondsPerRun;
    }

    /** One line for plot notes: what was measured. */
    public String describe() {
        return String.format(Locale.ROOT, "storage, perceptron; N = %s; %d alphas in [%.3f, %.3f]; %d seeds per point "
                        + "(from %d); budget %s CPU-s (and %d sweeps) per run; unsolved runs counted as unsolved",
                Arrays.toString(sizes).replaceAll("[\\[\\]]", ""), alphaPoints, alphaMin, alphaMax, seeds, firstSeed,
                java.math.BigDecimal.valueOf(secondsPerRun).stripTrailingZeros().toPlainString(), maxSweeps);
    }
}
