package org.phaselab.ui.randomfeatures;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterSlider;
import org.phaselab.ui.common.PlotPane;

/**
 * The random-features panel: the alpha_D slider on the left; the phase diagram (interpolation and local-entropy
 * lines) above the local-entropy curves of the cut, and on the cut the typical entropy, the generalization errors
 * and the local energy of the trained solutions, on the right. Lays out and binds only.
 */
public final class RandomFeaturesView extends ScenePanel<RandomFeaturesScene> {
    private final RandomFeaturesViewModel model;
    private final SplitPane root;
    private final PlotPane diagram;
    private final PlotPane entropy;
    private final PlotPane errors;
    private final PlotPane localEnergy;
    private final PlotPane curves;
    private final Runnable whenShown = this::startWhenShown;
    private boolean shown;

    public RandomFeaturesView(RandomFeaturesViewModel model) {
        super("random-features", "Atypical transition", SceneCodecs.RANDOM_FEATURES, model);
        this.model = model;
        diagram = new PlotPane("rf-diagram", model.diagramChannel());
        entropy = new PlotPane("rf-entropy", model.entropyChannel());
        errors = new PlotPane("rf-errors", model.errorsChannel());
        localEnergy = new PlotPane("rf-local-energy", model.localEnergyChannel());
        curves = new PlotPane("rf-le-curves", model.curvesChannel());

        ParameterSlider alphaD = ParameterSlider.of("rf-alpha-d", RandomFeaturesScene.ALPHA_D, model.alphaD);

        Label help = new Label("A binary perceptron with N weights learns P labels of a hidden teacher: inputs are "
                + "sign(F c/√D) of D-dimensional latent vectors c. Moving right adds weights at fixed data (N/P grows). "
                + "Typical solutions appear at the interpolation point N/P = 1/α_c; the maximum-margin solutions, "
                + "atypical and rare, generalize better, and the Bayesian ensemble better still. "
                + "The slider moves the cut through the phase diagram.");
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        Label leHelp = new Label("Between the interpolation line and the local-entropy line (shaded) solutions exist, "
                + "but typical ones are isolated; right of 1/α_LE the max-margin solutions sit in wide dense regions, "
                + "which algorithms find. α_LE: " + RandomFeaturesViewModel.LE_CRITERION
                + ". Each row costs up to a minute; the line fills in row by row.");
        leHelp.setWrapText(true);
        leHelp.getStyleClass().add("help-text");
        Label le = new Label();
        le.setId("rf-le-status");
        le.setWrapText(true);
        le.textProperty().bind(model.localEntropyStatus());
        BusyIndicator leBusy = new BusyIndicator("rf-le-busy", model::cancelLocalEntropy);
        leBusy.follow(model.localEntropyBusy(), model.localEntropyProgress(), null);
        Button train = new Button("Train sweep over N");
        train.setId("rf-train");
        train.setOnAction(e -> model.train());
        train.disableProperty().bind(model.training.busyProperty());
        BusyIndicator busy = new BusyIndicator("rf-train-busy", model::cancelTraining);
        busy.follow(model.training);
        Label trainHelp = new Label("Trains binary perceptrons with CPR (clipped perceptron with reinforcement) on hidden-manifold data at this α_D: P = 200 "
                + "patterns, D = P/α_D, N from P/2 to 4P, 4 seeds each. Points: fraction of runs that found a "
                + "solution, the test error of those solutions, and their local energy E(p): the fraction of training patterns "
                + "lost when a fraction p of the weights is flipped at random (lower = flatter).");
        trainHelp.setWrapText(true);
        trainHelp.getStyleClass().add("help-text");
        VBox controls = new VBox(10, help, alphaD, trainHelp, train, busy, leHelp, le, leBusy);
        controls.setPadding(new Insets(8));
        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setMinWidth(280);

        SplitPane right = new SplitPane(entropy, errors, localEnergy); // the cut: all three on the N/P axis
        right.setOrientation(Orientation.VERTICAL);
        SplitPane left = new SplitPane(diagram, curves);
        left.setOrientation(Orientation.VERTICAL);
        SplitPane plots = new SplitPane(left, right);
        root = new SplitPane(side, plots);
        root.setDividerPositions(0.22);
        root.setId("rf-panel");
        // the slow local-entropy work starts the first time this panel is on screen: checked after each layout
        // pulse, since the tab pane hides an unselected tab's container, not the panel itself
        root.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(whenShown);
            }
            if (scene != null && !shown) {
                scene.addPostLayoutPulseListener(whenShown);
            }
        });
    }

    private void startWhenShown() {
        if (shown) {
            return;
        }
        for (Node n = root; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return;
            }
        }
        shown = true;
        Scene scene = root.getScene();
        Platform.runLater(() -> scene.removePostLayoutPulseListener(whenShown)); // not while the scene iterates its listeners
        model.panelShown();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<FigureView> figures() {
        return List.of(diagram.figureView(), entropy.figureView(), errors.figureView(), curves.figureView(),
                localEnergy.figureView());
    }
}
