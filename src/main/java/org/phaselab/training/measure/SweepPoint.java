package org.phaselab.training.measure;

/**
 * One alpha of a sweep, over its seeds: how many runs solved the training set (zero errors) within
 * the budget, the mean final training error, the mean test error with its standard error (NaN for
 * storage), and the mean wall-clock seconds and epochs per run. {@code complete} is false when the
 * sweep was cancelled before all seeds of this alpha ran (then runs counts only the finished ones).
 */
public record SweepPoint(double alpha, int runs, int solved, double meanTrainError, double meanTestError,
                         double testErrorStderr, double meanSeconds, double meanEpochs, boolean complete) {
    public double solvedFraction() {
        return runs == 0 ? Double.NaN : solved / (double) runs;
    }

    /** Binomial standard error of the solved fraction. */
    public double solvedFractionStderr() {
        double f = solvedFraction();
        return runs == 0 ? Double.NaN : Math.sqrt(f * (1 - f) / runs);
    }
}
