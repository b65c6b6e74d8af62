package org.phaselab.export.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.export.builders.FrontierFigures;
import org.phaselab.export.builders.LocalEnergyFigures;
import org.phaselab.export.builders.TrainingFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;
import org.phaselab.service.param.Param;
import org.phaselab.service.training.FrontierScene;
import org.phaselab.service.training.FrontierStudy;
import org.phaselab.service.training.HeadlessTraining;
import org.phaselab.service.training.SweepSeries;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingTheory;

/**
 * The training lab's figures: the local energy of the network a run ends with (main), the run's live curves, the
 * α sweep on the theory axes, and the frontier study (where algorithms stop: solved fraction vs α at several N, and
 * the thresholds' extrapolation in N). The panel draws them from its live run and sweep with the same builders.
 */
public final class TrainingCatalogue {
    private TrainingCatalogue() {}

    public static FigureCatalogue<TrainingScene> of(TrainingTheory theory) {
        List<Param<?>> all = TrainingScene.SCHEMA.params();
        return new FigureCatalogue<>(TrainingScene.SCHEMA,
                new FigureEntry<>("training-local-energy", "Local energy E(p) of the solution found", all,
                        (s, m) -> LocalEnergyFigures.of(List.of(HeadlessTraining.run(s, m::isCancelled).flatness()))),
                new FigureEntry<>("training-live", "Training errors per sweep", all,
                        (s, m) -> TrainingFigures.live(HeadlessTraining.run(s, m::isCancelled).history(), s)),
                new FigureEntry<>("training-overlay", "α sweep on the theory axes", all,
                        (s, m) -> overlay(theory, s, HeadlessTraining.sweep(s), m)),
                new FigureEntry<>("training-frontier", "Where algorithms stop: solved fraction vs α at several N", frontierInputs(),
                        (s, m) -> FrontierFigures.solvedFraction(FrontierStudy.compute(s.frontierRequest(), theory, m))),
                new FigureEntry<>("training-frontier-scaling", "Algorithmic threshold α_alg(N) extrapolated to N → ∞",
                        frontierInputs(), (s, m) -> FrontierFigures.scaling(FrontierStudy.compute(s.frontierRequest(), theory, m))));
    }

    /** What the frontier study depends on: its own declarations, the first seed and the sweep budget of a run. */
    private static List<Param<?>> frontierInputs() {
        List<Param<?>> in = new ArrayList<>(List.of(FrontierScene.SIZES, FrontierScene.FBP, FrontierScene.SBPI, FrontierScene.CPR,
                FrontierScene.RSGD, FrontierScene.ALPHA_MIN, FrontierScene.ALPHA_MAX, FrontierScene.POINTS, FrontierScene.SEEDS,
                FrontierScene.SECONDS));
        in.add(TrainingScene.SEED);
        in.add(TrainingScene.MAX_EPOCHS);
        return in;
    }

    /** Storage: solved fraction vs α with the capacity; teacher: test error on the Gibbs ε_g(α). */
    public static Figure overlay(TrainingTheory theory, TrainingScene s, List<SweepSeries> sweeps, Monitor m) {
        return s.data() == TrainingScene.DataKind.STORAGE
                ? TrainingFigures.solvedFraction(sweeps, theory.capacity(m), s)
                : TrainingFigures.generalization(sweeps, theory.teacherStudent(TrainingFigures.generalizationAlphaMax(s), m), s);
    }
}
