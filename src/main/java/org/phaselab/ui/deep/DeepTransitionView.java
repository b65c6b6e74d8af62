package org.phaselab.ui.deep;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.phaselab.preset.DeepSceneCodec;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.training.deep.Activation;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterSlider;
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
        super("deep", "Deep transitions", new DeepSceneCodec(), model);
        this.model = model;
        landscape = new PlotPane("deep-landscape", model.landscapeChannel());
        orderParameter = new PlotPane("deep-order", model.orderParameterChannel());
        derivatives = new PlotPane("deep-derivatives", model.derivativesChannel());

        ChoiceBox<Integer> depth = new ChoiceBox<>();
        depth.setId("deep-depth");
        depth.getItems().addAll(0, 1, 2, 3, 4, 5);
        depth.setValue(model.depth.get());
        depth.valueProperty().addListener((o, a, b) -> model.depth.set(b));
        model.depth.addListener((o, a, b) -> depth.setValue(b.intValue()));

        ParameterSlider gamma = new ParameterSlider("deep-gamma", "γ", 0, DeepTransitionViewModel.GAMMA_MAX,
                model.gamma.get(), "%.3f", "weight decay γ");
        gamma.valueProperty().bindBidirectional(model.gamma);

        ChoiceBox<Activation> activation = new ChoiceBox<>();
        activation.setId("deep-activation");
        activation.getItems().addAll(Activation.values());
        activation.valueProperty().bindBidirectional(model.activation);
        ParameterSlider width = ParameterSlider.forInteger("deep-width", "width", 1, 32, model.width, "hidden width h of the trained net");

        Button train = new Button("Train sweeps");
        train.setId("deep-train");
        train.setOnAction(e -> model.train());
        train.disableProperty().bind(model.trainingBusy);
        BusyIndicator busy = new BusyIndicator("deep-train-busy", model::cancelTraining);
        busy.follow(model.trainingBusy, model.trainingProgress, model.trainingMessage);

        Label help = new Label("Weight decay γ against fit: one hidden layer (D = 1) learns continuously below γ_c = c "
                + "(second order); deeper nets jump (first order), the origin staying a local minimum for every γ > 0. "
                + "Train sweeps γ up and down with gradient descent, each point starting from the previous weights.");
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        VBox controls = new VBox(10, help, row("depth D", depth), gamma, row("units", activation), width, train, busy);
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

    private static HBox row(String name, Node control) {
        Label label = new Label(name);
        label.setMinWidth(70);
        HBox box = new HBox(6, label, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
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
