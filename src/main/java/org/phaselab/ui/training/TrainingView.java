package org.phaselab.ui.training;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.PlotPane;

/**
 * The training lab: controls and run buttons on the left; live curves and the local energy of the
 * found network on top, the sweep's points on the theory axes below, and in a second tab there the frontier
 * study (where algorithms stop). Lays out and binds only.
 */
public final class TrainingView extends ScenePanel<TrainingScene> {
    private final TrainingViewModel model;
    private final SplitPane root;
    private final FigureView live = new FigureView("training-live");
    private final FigureView localEnergy = new FigureView("training-local-energy");
    private final PlotPane overlay;
    private final FigureView frontier = new FigureView("training-frontier");

    public TrainingView(TrainingViewModel model) {
        super("training", "Training", SceneCodecs.TRAINING, model);
        this.model = model;
        live.figureProperty().bind(model.liveFigure);
        localEnergy.figureProperty().bind(model.localEnergyFigure);
        overlay = new PlotPane("training-overlay", model.sweep.channel());
        frontier.figureProperty().bind(model.frontier.figure);

        ScrollPane side = new ScrollPane(new TrainingControls(model).build());
        side.setFitToWidth(true);
        side.setMinWidth(320);

        SplitPane top = new SplitPane(live, localEnergy);
        TabPane bottom = new TabPane(new Tab("Sweep", overlay), new Tab("Frontier", frontier));
        bottom.setId("training-bottom-tabs");
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.frontier.job.busyProperty().addListener((o, was, now) -> {
            if (now) {
                bottom.getSelectionModel().select(1);
            }
        });
        SplitPane plots = new SplitPane(top, bottom);
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
        return frontier.getFigure() == null ? List.of(localEnergy, overlay.figureView(), live)
                : List.of(localEnergy, overlay.figureView(), live, frontier);
    }
}
