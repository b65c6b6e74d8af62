package org.phaselab.training.jamming;

import java.util.List;

/** One width of a jamming sweep, all seeds: the runs and the fraction of them that fitted the data. */
public record WidthPoint(int width, int weightCount, int p, List<JammingRun> runs) {
    public WidthPoint {
        runs = List.copyOf(runs);
    }

    public double satFraction() {
        return runs.stream().filter(JammingRun::sat).count() / (double) runs.size();
    }

    /** Mean N_Delta / N over the seeds. */
    public double meanNDeltaPerWeight() {
        return runs.stream().mapToDouble(JammingRun::nDeltaPerWeight).average().orElse(Double.NaN);
    }

    /** N / P. */
    public double weightsPerPattern() {
        return weightCount / (double) p;
    }
}
