package org.phaselab.training.measure;

import org.phaselab.training.data.DataSpec;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainerFactory;

/**
 * A sweep over alpha: for each alpha of the grid and each of {@code seeds} seeds (firstSeed,
 * firstSeed + 1, ...), draw the problem {@code data} with that alpha and seed, train the student until
 * {@code stop} says stop. The seed also seeds the trainer, so every run is reproducible. The time budget of a run
 * is read from {@code clock}: wall time, or the CPU time of the thread that runs it (on a machine shared with other
 * jobs a wall-clock budget shrinks with their load; a CPU budget does not, for single-threaded trainers).
 */
public record SweepRequest(DataSpec data, Architecture student, TrainerFactory trainer, double[] alphas, int seeds,
                           long firstSeed, StopRule stop, Clock clock) {
    /** Which time a run's budget counts. */
    public enum Clock { WALL, THREAD_CPU }

    public SweepRequest {
        if (alphas.length == 0 || seeds < 1 || clock == null) {
            throw new IllegalArgumentException("need at least one alpha, one seed and a clock");
        }
        alphas = alphas.clone();
    }

    /** A sweep whose budgets are wall time. */
    public SweepRequest(DataSpec data, Architecture student, TrainerFactory trainer, double[] alphas, int seeds, long firstSeed,
                        StopRule stop) {
        this(data, student, trainer, alphas, seeds, firstSeed, stop, Clock.WALL);
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
