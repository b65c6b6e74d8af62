package org.phaselab.ui.randomfeatures;

import org.phaselab.ui.app.SceneModel;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.builders.RandomFeaturesFigures;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.service.randomfeatures.OverparameterizationSweep;
import org.phaselab.ui.common.PlotChannel;

/**
 * State of the random-features panel: the alpha_D of the cut. Three figures computed in the background: the
 * phase diagram (solved once by the backend; a slider move only redraws the cut line), the typical entropy
 * on the cut (~1 s) and the generalization errors on the cut (~5-10 s: one kappa scan per max-margin point).
 * A training sweep over N on demand, with progress and cancel, overlaid on the cut it was run at; a fourth figure
 * shows the local energy of the solutions it found.
 */
public final class RandomFeaturesViewModel implements SceneModel<RandomFeaturesScene> {
    public static final double ALPHA_D_MIN = RandomFeaturesScene.ALPHA_D_MIN;
    public static final double ALPHA_D_MAX = RandomFeaturesScene.ALPHA_D_MAX;
    /** Why the local-entropy line is missing, for the status line of the panel. */
    public static final String LE_STATUS = RandomFeaturesFigures.LE_NOT_COMPUTED;

    public final DoubleProperty alphaD = new SimpleDoubleProperty(this, "alphaD", RandomFeaturesScene.DEFAULT.alphaD());
    /** The last finished training sweep (any alpha_D; drawn only on the cut of its own alpha_D). */
    public final ObjectProperty<OverparameterizationSweep> measured = new SimpleObjectProperty<>(this, "measured");
    public final BooleanProperty trainingBusy = new SimpleBooleanProperty(this, "trainingBusy", false);
    public final DoubleProperty trainingProgress = new SimpleDoubleProperty(this, "trainingProgress", 0);
    /** Why the last training did not finish (failed or cancelled); empty after a success. */
    public final StringProperty trainingMessage = new SimpleStringProperty(this, "trainingMessage", "");

    /** What a plot of the cut needs: the scene and the sweep to overlay (null if none at this alpha_D). */
    public record CutRequest(RandomFeaturesScene scene, OverparameterizationSweep measured) {}

    private final RandomFeaturesBackend backend;
    private final PlotChannel<CutRequest> diagram;
    private final PlotChannel<CutRequest> entropy;
    private final PlotChannel<CutRequest> errors;
    private final PlotChannel<CutRequest> localEnergy;
    private final LatestWinsService<OverparameterizationSweep> training;

    public RandomFeaturesViewModel(RandomFeaturesBackend backend, Executor fxThread) {
        this.backend = backend;
        diagram = new PlotChannel<>("rf-diagram", fxThread, this::cutRequest,
                r -> m -> RandomFeaturesFigures.phaseDiagram(backend.phaseDiagram(m), r.scene().alphaD(), r.measured()));
        entropy = new PlotChannel<>("rf-entropy", fxThread, this::cutRequest,
                r -> m -> RandomFeaturesFigures.entropy(backend.cut(r.scene().alphaD(), false, m), r.measured()));
        errors = new PlotChannel<>("rf-errors", fxThread, this::cutRequest,
                r -> m -> RandomFeaturesFigures.errors(backend.cut(r.scene().alphaD(), true, m), r.measured()));
        localEnergy = new PlotChannel<>("rf-local-energy", fxThread, this::cutRequest,
                r -> m -> RandomFeaturesFigures.localEnergy(backend.cut(r.scene().alphaD(), false, m), r.measured()));
        training = new LatestWinsService<>("rf-training", fxThread);
        alphaD.addListener((o, a, b) -> refreshAll());
        measured.addListener((o, a, b) -> refreshAll());
    }

    private CutRequest cutRequest() {
        RandomFeaturesScene s = scene();
        return new CutRequest(s, s.trainingSweep() ? measured.get() : null);
    }

    /**
     * The current parameters as one snapshot (throws IllegalArgumentException if out of range); the training
     * sweep counts as part of the scene when its points are on the current cut.
     */
    public RandomFeaturesScene scene() {
        OverparameterizationSweep m = measured.get();
        return new RandomFeaturesScene(alphaD.get(), m != null && m.alphaD() == alphaD.get());
    }

    /** Sets every parameter from a snapshot (a preset) and starts its training sweep if it has one. */
    public void apply(RandomFeaturesScene s) {
        alphaD.set(s.alphaD());
        if (s.trainingSweep() && !scene().trainingSweep()) {
            train();
        }
    }

    public void refreshAll() {
        diagram.request();
        entropy.request();
        errors.request();
        localEnergy.request();
    }

    /** Starts a training sweep over N at the current alpha_D. */
    public void train() {
        double aD = alphaD.get();
        trainingBusy.set(true);
        trainingProgress.set(0);
        trainingMessage.set("");
        training.submit(m -> backend.trainingSweep(aD, m), new RequestListener<>() {
            @Override
            public void onProgress(double fraction) {
                trainingProgress.set(fraction);
            }

            @Override
            public void onOutcome(Outcome<OverparameterizationSweep> outcome) {
                trainingBusy.set(false);
                if (outcome instanceof Outcome.Done<OverparameterizationSweep> done) {
                    measured.set(done.value());
                    trainingMessage.set("");
                } else if (outcome instanceof Outcome.Failed<OverparameterizationSweep> failed) {
                    trainingMessage.set("Training failed: " + failed.message());
                } else {
                    trainingMessage.set("Training cancelled");
                }
            }
        });
    }

    public void cancelTraining() {
        training.cancel();
    }

    public PlotChannel<CutRequest> diagramChannel() {
        return diagram;
    }

    public PlotChannel<CutRequest> entropyChannel() {
        return entropy;
    }

    public PlotChannel<CutRequest> errorsChannel() {
        return errors;
    }

    /** The local energy of the solutions the training sweep found, vs N/P (empty axes before a sweep). */
    public PlotChannel<CutRequest> localEnergyChannel() {
        return localEnergy;
    }

    @Override
    public void close() {
        diagram.close();
        entropy.close();
        errors.close();
        localEnergy.close();
        training.close();
    }
}
