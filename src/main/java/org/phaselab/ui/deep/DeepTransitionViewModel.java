package org.phaselab.ui.deep;

import org.phaselab.ui.app.SceneModel;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.catalogue.DeepCatalogue;
import org.phaselab.export.catalogue.FigureCatalogue;
import org.phaselab.ui.common.SceneProperties;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.service.deep.SweepPair;
import org.phaselab.training.Activation;
import org.phaselab.ui.common.BackgroundJob;
import org.phaselab.ui.common.PlotChannel;

/**
 * State of the deep-transition panel: depth, gamma and the training net's shape; three figures computed
 * in the background (the landscape on every gamma move, the phase diagram and derivatives on depth
 * changes); training sweeps on demand, with progress and cancel, whose points are overlaid on b*(gamma).
 */
public final class DeepTransitionViewModel implements SceneModel<DeepScene> {

    /** One property per declared parameter ({@link DeepScene#SCHEMA}). */
    public final SceneProperties<DeepScene> parameters = new SceneProperties<>(this, DeepScene.SCHEMA);
    public final IntegerProperty depth = parameters.integer(DeepScene.DEPTH);
    public final DoubleProperty gamma = parameters.number(DeepScene.GAMMA);
    public final IntegerProperty width = parameters.integer(DeepScene.WIDTH);
    public final ObjectProperty<Activation> activation = parameters.choice(DeepScene.ACTIVATION);
    public final IntegerProperty seed = parameters.integer(DeepScene.SEED);
    /** Gamma points per sweep direction. */
    public final IntegerProperty sweepPoints = parameters.integer(DeepScene.SWEEP_POINTS);
    /** The last finished training sweeps (any depth; shown only on the phase diagram of their own depth). */
    public final ObjectProperty<SweepPair> measured = new SimpleObjectProperty<>(this, "measured");
    /** The training sweeps in the background: busy, progress, and why the last did not finish (failed or cancelled). */
    public final BackgroundJob<SweepPair> training;

    /** What the order-parameter plot needs: the scene and the sweeps measured at its depth (null if none). */
    public record DiagramRequest(DeepScene scene, SweepPair measured) {}

    private final DeepTransitionBackend backend;
    private final FigureCatalogue<DeepScene> figures;
    private final PlotChannel<DeepScene> landscape;
    private final PlotChannel<DiagramRequest> orderParameter;
    private final PlotChannel<DeepScene> derivatives;

    public DeepTransitionViewModel(DeepTransitionBackend backend, Executor fxThread) {
        this.backend = backend;
        figures = DeepCatalogue.of(backend);
        landscape = PlotChannel.of(figures.entry("deep-landscape"), fxThread, parameters);
        derivatives = PlotChannel.of(figures.entry("deep-derivatives"), fxThread, parameters);
        // the app's b*(gamma) carries the sweeps the user trained, not ones computed for the plot
        orderParameter = new PlotChannel<>("deep-order", fxThread, this::diagramRequest,
                r -> m -> DeepCatalogue.orderParameter(backend, r.scene(), r.measured(), m))
                .describing(parameters, java.util.List.of(DeepScene.DEPTH));
        training = new BackgroundJob<>("deep-training", fxThread, "Training failed: ", "Training cancelled");
        gamma.addListener((o, a, b) -> landscape.request());
        depth.addListener((o, a, b) -> refreshAll());
        measured.addListener((o, a, b) -> orderParameter.request());
    }

    private DiagramRequest diagramRequest() {
        SweepPair m = measured.get();
        return new DiagramRequest(scene(), m != null && m.depth() == depth.get() ? m : null);
    }

    /** The current parameters as one snapshot (throws IllegalArgumentException if out of range). */
    public DeepScene scene() {
        return parameters.scene();
    }

    /** Sets every parameter from a snapshot (a preset); plots recompute as their inputs change. */
    public void apply(DeepScene s) {
        parameters.apply(s);
    }

    @Override
    public SceneProperties<DeepScene> parameters() {
        return parameters;
    }

    /** The panel's figures: ids, titles, inputs. */
    public FigureCatalogue<DeepScene> catalogue() {
        return figures;
    }

    public void refreshAll() {
        landscape.request();
        orderParameter.request();
        derivatives.request();
    }

    /** Starts up and down training sweeps at the current depth, width and activation. */
    public void train() {
        DeepScene s;
        try {
            s = scene();
        } catch (IllegalArgumentException e) {
            training.say("Cannot train: " + e.getMessage());
            return;
        }
        training.submit(m -> DeepCatalogue.sweeps(backend, s, m), measured::set); // the figure's note says how many converged
    }

    public void cancelTraining() {
        training.cancel();
    }

    public PlotChannel<DeepScene> landscapeChannel() {
        return landscape;
    }

    public PlotChannel<DiagramRequest> orderParameterChannel() {
        return orderParameter;
    }

    public PlotChannel<DeepScene> derivativesChannel() {
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
