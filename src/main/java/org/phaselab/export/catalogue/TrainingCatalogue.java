package org.phaselab.export.catalogue;

import java.util.List;
import org.phaselab.export.builders.LocalEnergyFigures;
import org.phaselab.export.builders.TrainingFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;
import org.phaselab.service.training.HeadlessTraining;
import org.phaselab.service.training.SweepSeries;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingTheory;

/**
 * The training lab's figures: the local energy of the network a run ends with (main), the run's live curves, and
 * the α sweep on the theory axes. The panel draws them from its live run and sweep with the same builders.
 */
public final class TrainingCatalogue {
    private TrainingCatalogue() {}

    public static FigureCatalogue<TrainingScene> of(TrainingTheory theory) {
        List<org.phaselab.service.param.Param<?>> all = TrainingScene.SCHEMA.params();
        return new FigureCatalogue<>(TrainingScene.SCHEMA,
                new FigureEntry<>("training-local-energy", "Local energy E(p) of the solution found", all,
                        (s, m) -> LocalEnergyFigures.of(List.of(HeadlessTraining.run(s, m::isCancelled).flatness()))),
                new FigureEntry<>("training-live", "Training errors per sweep", all,
                        (s, m) -> TrainingFigures.live(HeadlessTraining.run(s, m::isCancelled).history(), s)),
                new FigureEntry<>("training-overlay", "α sweep on the theory axes", all,
                        (s, m) -> overlay(theory, s, HeadlessTraining.sweep(s), m)));
    }

    /** Storage: solved fraction vs α with the capacity; teacher: test error on the Gibbs ε_g(α). */
    public static Figure overlay(TrainingTheory theory, TrainingScene s, List<SweepSeries> sweeps, Monitor m) {
        return s.data() == TrainingScene.DataKind.STORAGE
                ? TrainingFigures.solvedFraction(sweeps, theory.capacity(m), s)
                : TrainingFigures.generalization(sweeps, theory.teacherStudent(TrainingFigures.generalizationAlphaMax(s), m), s);
    }
}
