package org.phaselab.preset;

import java.util.List;
import java.util.Map;
import org.phaselab.export.builders.LocalEntropyCurvesFigure;
import org.phaselab.export.builders.DeepTransitionFigures;
import org.phaselab.export.builders.RandomFeaturesFigures;
import org.phaselab.export.builders.TheoryFigures;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.export.builders.LocalEnergyFigures;
import org.phaselab.export.builders.TrainingFigures;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.service.randomfeatures.OverparameterizationSweep;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.service.jamming.JammingSweeps;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.service.theory.TheoryBackend;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.service.training.HeadlessTraining;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.progress.Monitor;

/**
 * Computes the main figure of a preset headless, with the same scene snapshot, requests, solvers and
 * figure builders as the panel on screen: what {@code render} writes is what the app shows.
 */
public final class PresetFigures {
    /** Computes one panel's figure from a preset. */
    @FunctionalInterface
    interface Source {
        Figure figure(Preset preset, Monitor monitor) throws PresetException;
    }

    private static final TheoryBackend THEORY = new RsTheoryBackend();
    private static final TrainingTheory TRAINING_THEORY = new TrainingTheory(THEORY);
    private static final Map<String, Source> SOURCES = Map.of(
            "theory", PresetFigures::theory,
            "deep", PresetFigures::deep,
            "jamming", PresetFigures::jamming,
            "training", PresetFigures::training,
            "random-features", PresetFigures::randomFeatures);

    private PresetFigures() {}

    public static Figure figure(Preset preset, Monitor monitor) throws PresetException {
        Source source = SOURCES.get(preset.panel());
        if (source == null) {
            throw PresetException.field(preset.source(), "panel", "no panel '" + preset.panel() + "' (known: " + SOURCES.keySet() + ")");
        }
        return source.figure(preset, monitor);
    }

    private static Figure deep(Preset preset, Monitor monitor) throws PresetException {
        DeepScene scene = new DeepSceneCodec().decode(preset.parameters(), preset.source());
        DeepTransitionBackend backend = new DeepTransitionBackend();
        return switch (preset.figure().isEmpty() ? "deep-order" : preset.figure()) {
            case "deep-landscape" -> DeepTransitionFigures.landscape(backend.landscape(scene.depth(), scene.gamma()));
            case "deep-order" -> DeepTransitionFigures.orderParameter(
                    backend.phaseDiagram(scene.depth(), DeepScene.GAMMA_MAX, DeepTransitionBackend.DIAGRAM_POINTS, monitor),
                    backend.sweeps(scene.depth(), scene.width(), scene.activation(), DeepTransitionBackend.SWEEP_GAMMA_MIN,
                            DeepScene.GAMMA_MAX, scene.sweepPoints(), scene.seed(), monitor));
            case "deep-derivatives" -> DeepTransitionFigures.derivatives(
                    backend.phaseDiagram(scene.depth(), DeepScene.GAMMA_MAX, DeepTransitionBackend.DIAGRAM_POINTS, monitor));
            default -> throw PresetException.field(preset.source(), "figure",
                    "the deep panel has 'deep-landscape', 'deep-order' and 'deep-derivatives', not '" + preset.figure() + "'");
        };
    }

    /** Trains the preset's sweep (or perceptron scan) on all cores and builds the named figure. */
    private static Figure jamming(Preset preset, Monitor monitor) throws PresetException {
        JammingScene scene = new JammingSceneCodec().decode(preset.parameters(), preset.source());
        String name = preset.figure().isEmpty() ? "jam-phase" : preset.figure();
        try {
            return JammingSweeps.figure(scene, name, Runtime.getRuntime().availableProcessors(), monitor);
        } catch (IllegalArgumentException e) {
            throw PresetException.field(preset.source(), "figure", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.phaselab.progress.CancelledException();
        }
    }

    /**
     * alpha_D rows of the local-entropy line in a headless render: two of the panel's six (the preset's cut and the
     * far end), computed side by side, so a render costs one alpha_LE (5-60 s) on two cores, not six.
     */
    private static final double[] RENDER_LE_ALPHA_D = {2, 10};

    private static Figure randomFeatures(Preset preset, Monitor monitor) throws PresetException {
        RandomFeaturesScene scene = new RandomFeaturesSceneCodec().decode(preset.parameters(), preset.source());
        RandomFeaturesBackend backend = new RandomFeaturesBackend();
        double aD = scene.alphaD();
        return switch (preset.figure().isEmpty() ? "rf-diagram" : preset.figure()) {
            case "rf-diagram" -> RandomFeaturesFigures.phaseDiagram(backend.phaseDiagram(monitor), aD, sweep(backend, scene, monitor),
                    backend.atypical().computeLine(RENDER_LE_ALPHA_D, "render: 2 of the panel's 6 rows",
                            Runtime.getRuntime().availableProcessors(), monitor));
            case "rf-entropy" -> RandomFeaturesFigures.entropy(backend.cut(aD, false, monitor), sweep(backend, scene, monitor),
                    backend.atypical().alphaLE(aD, monitor));
            case "rf-errors" -> RandomFeaturesFigures.errors(backend.cut(aD, true, monitor), sweep(backend, scene, monitor),
                    backend.atypical().alphaLE(aD, monitor));
            case "rf-le-curves" -> {
                var alphaLE = backend.atypical().alphaLE(aD, monitor);
                yield LocalEntropyCurvesFigure.of(backend.atypical().curves(aD, backend.cut(aD, false, monitor).interpolation(), alphaLE, monitor));
            }
            case "rf-local-energy" -> RandomFeaturesFigures.localEnergy(backend.cut(aD, false, monitor),
                    sweep(backend, scene, monitor));
            default -> throw PresetException.field(preset.source(), "figure", "the random-features panel has 'rf-diagram', "
                    + "'rf-entropy', 'rf-errors', 'rf-le-curves' and 'rf-local-energy', not '" + preset.figure() + "'");
        };
    }

    private static OverparameterizationSweep sweep(RandomFeaturesBackend backend, RandomFeaturesScene scene, Monitor monitor) {
        return scene.trainingSweep() ? backend.trainingSweep(scene.alphaD(), monitor) : null;
    }

    private static Figure theory(Preset preset, Monitor monitor) throws PresetException {
        TheoryScene scene = new TheorySceneCodec().decode(preset.parameters(), preset.source());
        return switch (preset.figure().isEmpty() ? "local-entropy" : preset.figure()) {
            case "entropy" -> TheoryFigures.entropy(THEORY.entropy(scene.entropyRequest(), monitor));
            case "local-entropy" -> TheoryFigures.localEntropy(THEORY.localEntropy(scene.localEntropyRequest(), monitor));
            case "teacher-student" -> TheoryFigures.teacherStudent(THEORY.teacherStudent(scene.teacherStudentRequest(), monitor));
            default -> throw PresetException.field(preset.source(), "figure",
                    "the theory panel has 'entropy', 'local-entropy' and 'teacher-student', not '" + preset.figure() + "'");
        };
    }

    /** The training lab: a run with its local energy (default), its live curves, or the alpha sweep on the theory axes. */
    private static Figure training(Preset preset, Monitor monitor) throws PresetException {
        TrainingScene scene = new TrainingSceneCodec().decode(preset.parameters(), preset.source());
        String figure = preset.figure().isEmpty() ? "training-local-energy" : preset.figure();
        switch (figure) {
            case "training-local-energy":
                return LocalEnergyFigures.of(List.of(HeadlessTraining.run(scene, monitor::isCancelled).flatness()));
            case "training-live":
                return TrainingFigures.live(HeadlessTraining.run(scene, monitor::isCancelled).history(), scene);
            case "training-overlay":
                try {
                    var sweeps = HeadlessTraining.sweep(scene);
                    return scene.data() == TrainingScene.DataKind.STORAGE
                            ? TrainingFigures.solvedFraction(sweeps, TRAINING_THEORY.capacity(monitor), scene)
                            : TrainingFigures.generalization(sweeps,
                                    TRAINING_THEORY.teacherStudent(TrainingFigures.generalizationAlphaMax(scene), monitor), scene);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PresetException(preset.source() + ": sweep interrupted");
                }
            default:
                throw PresetException.field(preset.source(), "figure", "the training panel has 'training-local-energy', "
                        + "'training-live' and 'training-overlay', not '" + figure + "'");
        }
    }
}
