package org.phaselab.training.jamming;

/**
 * How a net is trained: full-batch Adam (Kingma and Ba 2015) with a step that decays on plateaus.
 * The step is halved whenever the loss has not dropped by a relative {@code plateauDrop} during
 * {@code patience} steps; the run stops UNSAT once it has been halved {@code maxHalvings} times
 * (the loss has converged to a positive value) or after {@code maxSteps} steps.
 */
public record TrainingOptions(double learningRate, int maxSteps, int patience, double plateauDrop, int maxHalvings) {
    public TrainingOptions {
        if (!(learningRate > 0) || maxSteps < 1 || patience < 1 || !(plateauDrop >= 0) || maxHalvings < 0) {
            throw new IllegalArgumentException("invalid training options");
        }
    }

    /** Defaults used by the command line and the panel: step 0.01, budget 20000 steps. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(0.01, 20_000, 500, 1e-3, 8);
    }

    public TrainingOptions withMaxSteps(int steps) {
        return new TrainingOptions(learningRate, steps, patience, plateauDrop, maxHalvings);
    }
}
