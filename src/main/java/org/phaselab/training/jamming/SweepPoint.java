package org.phaselab.training.jamming;

import java.util.List;

/** All seeds of one width in a sweep: the runs and the fraction of them that fitted the data. */
public record SweepPoint(int width, int weightCount, int p, List<JammingRun> runs) {
    public SweepPoint {
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
