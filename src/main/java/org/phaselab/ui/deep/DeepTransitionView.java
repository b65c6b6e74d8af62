package org.phaselab.ui.deep;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterControls;
import org.phaselab.ui.common.PanelLayout;
import org.phaselab.ui.common.PlotGrid;
import org.phaselab.ui.app.PanelHelp;

/**
 * The deep-transition panel: controls on the left; the landscape L(b), b*(gamma) with training sweeps,
 * and the loss derivatives on the right. Lays out and binds only.
 */
public final class DeepTransitionView extends ScenePanel<DeepScene> {
    private final PanelLayout root;
    private final FigureView landscape;
    private final FigureView orderParameter;
    private final FigureView derivatives;

    public DeepTransitionView(DeepTransitionViewModel model) {
        super("deep", "Deep transitions", SceneCodecs.DEEP, model);
        landscape = FigureView.of("deep-landscape", model.landscapeChannel());
        orderParameter = FigureView.of("deep-order", model.orderParameterChannel());
        derivatives = FigureView.of("deep-derivatives", model.derivativesChannel());
        FigureView.nameFrom(model.catalogue(), landscape, orderParameter, derivatives);
        // the landscape's gamma, on the plots drawn against gamma
        orderParameter.showCursor(DeepScene.GAMMA, model.gamma, "\\gamma");
        derivatives.showCursor(DeepScene.GAMMA, model.gamma, "\\gamma");

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
        root = new PanelLayout("deep-panel", controls, new PlotGrid(landscape, orderParameter, derivatives));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<FigureView> figures() {
        return List.of(orderParameter, landscape, derivatives);
    }

    @Override
    public PanelHelp help() {
        return new PanelHelp("Deep linear networks with weight decay γ, solved exactly. Reduced loss: L(b) at the "
                + "current γ, its minima filled and maxima hollow. Order parameter: the global minimum b*(γ) (solid), metastable "
                + "branches (dashed), the transition γ_c and the spinodal; with one hidden layer (D = 1) b* falls continuously "
                + "to zero at γ_c (second order), with two or more it jumps (first order). Points: real networks trained by "
                + "gradient descent while γ is swept up and down (Train sweeps); the jump shows hysteresis. Loss and its γ-derivative: the "
                + "derivatives of the minimal loss, which jump at the transition. The dotted grey line is the current γ. "
                + "Try: play γ and watch the minimum of L(b) jump.",
                List.of("Ziyin & Ueda, Exact phase transitions in deep learning, arXiv:2205.12510"));
    }
}
