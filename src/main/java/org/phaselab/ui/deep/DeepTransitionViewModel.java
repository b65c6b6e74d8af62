package org.phaselab.ui.deep;

import org.phaselab.ui.app.SceneModel;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.builders.DeepTransitionFigures;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.service.deep.SweepPair;
import org.phaselab.training.deep.Activation;
import org.phaselab.ui.common.PlotChannel;

/**
 * State of the deep-transition panel: depth, gamma and the training net's shape; three figures computed
 * in the background (the landscape on every gamma move, the phase diagram and derivatives on depth
 * changes); training sweeps on demand, with progress and cancel, whose points are overlaid on b*(gamma).
 */
public final class DeepTransitionViewModel implements SceneModel<DeepScene> {
    public static final double GAMMA_MAX = DeepScene.GAMMA_MAX;
    public static final double SWEEP_GAMMA_MIN = DeepTransitionBackend.SWEEP_GAMMA_MIN;
    private static final int DIAGRAM_POINTS = DeepTransitionBackend.DIAGRAM_POINTS;
    private static final DeepScene START = DeepScene.DEFAULT;

    public final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", START.depth());
    public final DoubleProperty gamma = new SimpleDoubleProperty(this, "gamma", START.gamma());
    public final IntegerProperty width = new SimpleIntegerProperty(this, "width", START.width());
    public final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", START.activation());
    public final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", START.seed());
    /** Gamma points per sweep direction. */
    public final IntegerProperty sweepPoints = new SimpleIntegerProperty(this, "sweepPoints", START.sweepPoints());
    /** The last finished training sweeps (any depth; shown only on the phase diagram of their own depth). */
    public final ObjectProperty<SweepPair> measured = new SimpleObjectProperty<>(this, "measured");
    public final BooleanProperty trainingBusy = new SimpleBooleanProperty(this, "trainingBusy", false);
    public final DoubleProperty trainingProgress = new SimpleDoubleProperty(this, "trainingProgress", 0);
    /** Why the last training did not finish (failed or cancelled); empty after a success. */
    public final StringProperty trainingMessage = new SimpleStringProperty(this, "trainingMessage", "");

    /** What one landscape plot needs. */
    public record LandscapeRequest(int depth, double gamma) {}

    /** What the phase diagram and derivative plots need. */
    public record DiagramRequest(int depth, SweepPair measured) {}

    private final DeepTransitionBackend backend;
    private final PlotChannel<LandscapeRequest> landscape;
    private final PlotChannel<DiagramRequest> orderParameter;
    private final PlotChannel<DiagramRequest> derivatives;
    private final LatestWinsService<SweepPair> training;

    public DeepTransitionViewModel(DeepTransitionBackend backend, Executor fxThread) {
        this.backend = backend;
        landscape = new PlotChannel<>("deep-landscape", fxThread, () -> new LandscapeRequest(depth.get(), gamma.get()),
                r -> m -> DeepTransitionFigures.landscape(backend.landscape(r.depth(), r.gamma())));
        orderParameter = new PlotChannel<>("deep-order", fxThread, this::diagramRequest,
                r -> m -> DeepTransitionFigures.orderParameter(
                        backend.phaseDiagram(r.depth(), GAMMA_MAX, DIAGRAM_POINTS, m), r.measured()));
        derivatives = new PlotChannel<>("deep-derivatives", fxThread, this::diagramRequest,
                r -> m -> DeepTransitionFigures.derivatives(backend.phaseDiagram(r.depth(), GAMMA_MAX, DIAGRAM_POINTS, m)));
        training = new LatestWinsService<>("deep-training", fxThread);
        gamma.addListener((o, a, b) -> landscape.request());
        depth.addListener((o, a, b) -> refreshAll());
        measured.addListener((o, a, b) -> orderParameter.request());
    }

    private DiagramRequest diagramRequest() {
        SweepPair m = measured.get();
        return new DiagramRequest(depth.get(), m != null && m.depth() == depth.get() ? m : null);
    }

    /** The current parameters as one snapshot (throws IllegalArgumentException if out of range). */
    public DeepScene scene() {
        return new DeepScene(depth.get(), gamma.get(), width.get(), activation.get(), sweepPoints.get(), seed.get());
    }

    /** Sets every parameter from a snapshot (a preset); plots recompute as their inputs change. */
    public void apply(DeepScene s) {
        depth.set(s.depth());
        gamma.set(s.gamma());
        width.set(s.width());
        activation.set(s.activation());
        sweepPoints.set(s.sweepPoints());
        seed.set(s.seed());
    }

    public void refreshAll() {
        landscape.request();
        orderParameter.request();
        derivatives.request();
    }

    /** Starts up and down training sweeps at the current depth, width and activation. */
    public void train() {
        int d = depth.get();
        int h = width.get();
        Activation act = activation.get();
        long s = seed.get();
        int points = Math.max(2, sweepPoints.get());
        trainingBusy.set(true);
        trainingProgress.set(0);
        trainingMessage.set("");
        training.submit(m -> backend.sweeps(d, h, act, SWEEP_GAMMA_MIN, GAMMA_MAX, points, s, m), new RequestListener<>() {
            @Override
            public void onProgress(double fraction) {
                trainingProgress.set(fraction);
            }

            @Override
            public void onOutcome(Outcome<SweepPair> outcome) {
                trainingBusy.set(false);
                if (outcome instanceof Outcome.Done<SweepPair> done) {
                    measured.set(done.value()); // the order-parameter figure's note tells how many converged
                    trainingMessage.set("");
                } else if (outcome instanceof Outcome.Failed<SweepPair> failed) {
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

    public PlotChannel<LandscapeRequest> landscapeChannel() {
        return landscape;
    }

    public PlotChannel<DiagramRequest> orderParameterChannel() {
        return orderParameter;
    }

    public PlotChannel<DiagramRequest> derivativesChannel() {
        return derivatives;
    }

    @Override
    public void close() {
        landscape.close();
        orderParameter.close();
        derivatives.close();
        training.close();
    }
}
