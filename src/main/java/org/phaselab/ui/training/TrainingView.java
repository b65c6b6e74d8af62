package org.phaselab.ui.training;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.PlotPane;

/**
 * The training lab: controls and run buttons on the left; live curves and the local energy of the
 * found network on top, the sweep's points on the theory axes below. Lays out and binds only.
 */
public final class TrainingView extends ScenePanel<TrainingScene> {
    private final TrainingViewModel model;
    private final SplitPane root;
    private final FigureView live = new FigureView("training-live");
    private final FigureView localEnergy = new FigureView("training-local-energy");
    private final PlotPane overlay;

    public TrainingView(TrainingViewModel model) {
        super("training", "Training", SceneCodecs.TRAINING, model);
        this.model = model;
        live.figureProperty().bind(model.liveFigure);
        localEnergy.figureProperty().bind(model.localEnergyFigure);
        overlay = new PlotPane("training-overlay", model.sweep.channel());

        ScrollPane side = new ScrollPane(new TrainingControls(model).build());
        side.setFitToWidth(true);
        side.setMinWidth(320);

        SplitPane top = new SplitPane(live, localEnergy);
        SplitPane plots = new SplitPane(top, overlay);
        plots.setOrientation(Orientation.VERTICAL);
        root = new SplitPane(side, plots);
        root.setDividerPositions(0.24);
        root.setId("training-panel");
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<FigureView> figures() {
        return List.of(localEnergy, overlay.figureView(), live);
    }
}
