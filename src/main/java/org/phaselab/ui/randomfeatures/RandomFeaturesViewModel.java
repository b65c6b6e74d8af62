package org.phaselab.ui.randomfeatures;

import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.phaselab.export.builders.RandomFeaturesFigures;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.ui.common.PlotChannel;

/**
 * State of the random-features panel: the alpha_D of the cut. Three figures computed in the background: the
 * phase diagram (solved once by the backend; a slider move only redraws the cut line), the typical entropy
 * on the cut (~1 s) and the generalization errors on the cut (~5-10 s: one kappa scan per max-margin point).
 */
public final class RandomFeaturesViewModel implements AutoCloseable {
    public static final double ALPHA_D_MIN = RandomFeaturesScene.ALPHA_D_MIN;
    public static final double ALPHA_D_MAX = RandomFeaturesScene.ALPHA_D_MAX;
    /** Why the local-entropy line is missing, for the status line of the panel. */
    public static final String LE_STATUS = RandomFeaturesFigures.LE_NOT_COMPUTED;

    public final DoubleProperty alphaD = new SimpleDoubleProperty(this, "alphaD", RandomFeaturesScene.DEFAULT.alphaD());

    private final PlotChannel<RandomFeaturesScene> diagram;
    private final PlotChannel<RandomFeaturesScene> entropy;
    private final PlotChannel<RandomFeaturesScene> errors;

    public RandomFeaturesViewModel(RandomFeaturesBackend backend, Executor fxThread) {
        diagram = new PlotChannel<>("rf-diagram", fxThread, this::scene,
                s -> m -> RandomFeaturesFigures.phaseDiagram(backend.phaseDiagram(m), s.alphaD()));
        entropy = new PlotChannel<>("rf-entropy", fxThread, this::scene,
                s -> m -> RandomFeaturesFigures.entropy(backend.cut(s.alphaD(), false, m)));
        errors = new PlotChannel<>("rf-errors", fxThread, this::scene,
                s -> m -> RandomFeaturesFigures.errors(backend.cut(s.alphaD(), true, m)));
        alphaD.addListener((o, a, b) -> refreshAll());
    }

    /** The current parameters as one snapshot (throws IllegalArgumentException if out of range). */
    public RandomFeaturesScene scene() {
        return new RandomFeaturesScene(alphaD.get());
    }

    /** Sets every parameter from a snapshot (a preset); plots recompute as their inputs change. */
    public void apply(RandomFeaturesScene s) {
        alphaD.set(s.alphaD());
    }

    public void refreshAll() {
        diagram.request();
        entropy.request();
        errors.request();
    }

    public PlotChannel<RandomFeaturesScene> diagramChannel() {
        return diagram;
    }

    public PlotChannel<RandomFeaturesScene> entropyChannel() {
        return entropy;
    }

    public PlotChannel<RandomFeaturesScene> errorsChannel() {
        return errors;
    }

    @Override
    public void close() {
        diagram.close();
        entropy.close();
        errors.close();
    }
}
