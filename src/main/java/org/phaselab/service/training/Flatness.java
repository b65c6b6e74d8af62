package org.phaselab.service.training;

import java.util.List;
import org.phaselab.theory.storage.TypicalLocalEnergy;
import org.phaselab.training.measure.LocalEnergyPoint;
import org.phaselab.training.trainer.TrainingSnapshot;

/**
 * The local-energy curve of one trained network: which scene and algorithm found it, its state when
 * measured, and E(p) with standard errors over flip sets (training and, for teacher data, test set);
 * with, for a perceptron on storage data, the E(p) of typical solutions at the same alpha (RS theory,
 * THEORY.md section 7), or an empty array where the theory does not apply.
 *
 * @param typical E(p) of typical solutions at {@link #FLIP_FRACTIONS}, empty if not applicable
 */
public record Flatness(TrainingScene scene, TrainingSnapshot state, List<LocalEnergyPoint> points, double[] typical) {
    /** Measured curve plus, where it applies, the typical-solution theory beside it (computed here, off the UI thread). */
    public static Flatness of(TrainingScene scene, TrainingSnapshot state, List<LocalEnergyPoint> points) {
        double[] typical = new double[0];
        if (scene.student() == TrainingScene.StudentKind.PERCEPTRON && scene.data() == TrainingScene.DataKind.STORAGE) {
            typical = new double[FLIP_FRACTIONS.length];
            for (int i = 0; i < typical.length; i++) {
                typical[i] = TypicalLocalEnergy.typical(scene.alpha(), FLIP_FRACTIONS[i]);
            }
        }
        return new Flatness(scene, state, points, typical);
    }

    /** Flip fractions p of the measured curve. */
    public static final double[] FLIP_FRACTIONS = {0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1};
    /** Flip sets per p. */
    public static final int FLIP_SETS = 100;

    public Flatness {
        points = List.copyOf(points);
        typical = typical.clone();
    }

    /** A copy: the record keeps its own array. */
    @Override
    public double[] typical() {
        return typical.clone();
    }

    /** Whether both networks learned the same problem (same student, data, N, alpha and data seed), so their curves compare. */
    public boolean sameProblem(Flatness o) {
        TrainingScene a = scene;
        TrainingScene b = o.scene;
        return a.student() == b.student() && a.k() == b.k() && a.data() == b.data() && a.n() == b.n() && a.alpha() == b.alpha()
                && a.seed() == b.seed();
    }
}
