package org.phaselab.training.trainer;

/**
 * The state of a run after a sweep. Errors are fractions of patterns; {@code testError} and
 * {@code overlap} are NaN when there is no teacher (storage) or no test set; {@code replicaDistances}
 * are Hamming distances (fraction of weights) of the replicas to their center, empty if not replicated.
 */
public record TrainingSnapshot(int epoch, int trainErrors, double trainError, double testError, double overlap,
                               double[] replicaDistances) {
    public TrainingSnapshot {
        replicaDistances = replicaDistances.clone();
    }

    public boolean solved() {
        return trainErrors == 0;
    }

    @Override
    public double[] replicaDistances() {
        return replicaDistances.clone();
    }
}
