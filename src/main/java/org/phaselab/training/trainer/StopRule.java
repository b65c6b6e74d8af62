package org.phaselab.training.trainer;

/**
 * When a run stops: at zero training errors (if asked), after {@code maxEpochs} sweeps, or once the
 * wall-clock budget {@code maxSeconds} is spent (checked by the runner between sweeps, never inside a
 * model; a sweep already begun is finished).
 */
public record StopRule(boolean atZeroErrors, int maxEpochs, double maxSeconds) {
    public StopRule {
        if (maxEpochs < 0 || !(maxSeconds > 0)) {
            throw new IllegalArgumentException("need maxEpochs >= 0 and maxSeconds > 0, got " + maxEpochs + ", " + maxSeconds);
        }
    }

    public static StopRule epochs(int maxEpochs) {
        return new StopRule(true, maxEpochs, Double.POSITIVE_INFINITY);
    }

    public static StopRule seconds(double maxSeconds) {
        return new StopRule(true, Integer.MAX_VALUE, maxSeconds);
    }

    public enum Reason { SOLVED, EPOCHS, TIME, CANCELLED }
}
