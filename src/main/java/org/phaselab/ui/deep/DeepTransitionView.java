package org.phaselab.ui.deep;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterControls;
import org.phaselab.ui.common.PlotPane;

/**
 * The deep-transition panel: controls on the left; the landscape L(b), b*(gamma) with training sweeps,
 * and the loss derivatives on the right. Lays out and binds only.
 */
public final class DeepTransitionView extends ScenePanel<DeepScene> {
    private final DeepTransitionViewModel model;
    private final SplitPane root;
    private final PlotPane landscape;
    private final PlotPane orderParameter;
    private final PlotPane derivatives;

    public DeepTransitionView(DeepTransitionViewModel model) {
        super("deep", "Deep transitions", SceneCodecs.DEEP, model);
        this.model = model;
        landscape = new PlotPane("deep-landscape", model.landscapeChannel());
        orderParameter = new PlotPane("deep-order", model.orderParameterChannel());
        derivatives = new PlotPane("deep-derivatives", model.derivativesChannel());

        ParameterControls<DeepScene> c = new ParameterControls<>(model.parameters, "deep-");
        Button train = new Button("Train sweeps");
        train.setId("deep-train");
        train.setOnAction(e -> model.train());
        train.disableProperty().bind(model.training.busyProperty());
        BusyIndicator busy = new BusyIndicator("deep-train-busy", model::cancelTraining);
        busy.follow(model.training);

        Label help = new Label("Weight decay γ against fit: one hidden layer (D = 1) learns continuously below γ_c = c "
                + "(second order); deeper nets jump (first order), the origin staying a local minimum for every γ > 0. "
                + "Train sweeps γ up and down with gradient descent, each point starting from the previous weights.");
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        VBox controls = new VBox(10, help, c.integerChoice(DeepScene.DEPTH, d -> true), c.control(DeepScene.GAMMA), c.control(DeepScene.ACTIVATION),
                c.control(DeepScene.WIDTH), c.control(DeepScene.SWEEP_POINTS), c.control(DeepScene.SEED), train, busy);
        controls.setPadding(new Insets(8));
        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setMinWidth(280);

        SplitPane right = new SplitPane(orderParameter, derivatives);
        right.setOrientation(Orientation.VERTICAL);
        SplitPane plots = new SplitPane(landscape, right);
        root = new SplitPane(side, plots);
        root.setDividerPositions(0.22);
        root.setId("deep-panel");
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<FigureView> figures() {
        return List.of(orderParameter.figureView(), landscape.figureView(), derivatives.figureView());
    }
}
