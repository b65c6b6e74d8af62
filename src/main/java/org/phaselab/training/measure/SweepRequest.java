package org.phaselab.training.measure;

import org.phaselab.training.data.DataSpec;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainerFactory;

/**
 * A sweep over alpha: for each alpha of the grid and each of {@code seeds} seeds (firstSeed,
 * firstSeed + 1, ...), draw the problem {@code data} with that alpha and seed, train the student until
 * {@code stop} says stop. The seed also seeds the trainer, so every run is reproducible.
 */
public record SweepRequest(DataSpec data, Architecture student, TrainerFactory trainer, double[] alphas, int seeds,
                           long firstSeed, StopRule stop) {
    public SweepRequest {
        if (alphas.length == 0 || seeds < 1) {
            throw new IllegalArgumentException("need at least one alpha and one seed");
        }
        alphas = alphas.clone();
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    /** The data spec of one run. */
    public DataSpec specFor(double alpha, long seed) {
        return new DataSpec(data.n(), alpha, data.inputs(), data.teacher(), data.testSize(), seed);
    }
}
