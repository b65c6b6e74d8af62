package org.phaselab.training.trainer;

/** How a run ended: the last snapshot, the wall-clock seconds spent, and why it stopped. */
public record RunOutcome(TrainingSnapshot last, double seconds, StopRule.Reason reason) {
    public boolean solved() {
        return last.solved();
    }
}
