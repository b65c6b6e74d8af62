package org.phaselab.service.training;

import java.util.List;
import org.phaselab.training.measure.LocalEnergyPoint;
import org.phaselab.training.trainer.TrainingSnapshot;

/**
 * The local-energy curve of one trained network: which scene and algorithm found it, its state when
 * measured, and E(p) with standard errors over flip sets (training and, for teacher data, test set).
 */
public record Flatness(TrainingScene scene, TrainingSnapshot state, List<LocalEnergyPoint> points) {
    /** Flip fractions p of the measured curve. */
    public static final double[] FLIP_FRACTIONS = {0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1};
    /** Flip sets per p. */
    public static final int FLIP_SETS = 100;

    public Flatness {
        points = List.copyOf(points);
    }

    /** Whether both networks learned the same problem (same student, data, N, alpha and data seed), so their curves compare. */
    public boolean sameProblem(Flatness o) {
        TrainingScene a = scene;
        TrainingScene b = o.scene;
        return a.student() == b.student() && a.k() == b.k() && a.data() == b.data() && a.n() == b.n() && a.alpha() == b.alpha()
                && a.seed() == b.seed();
    }
}
