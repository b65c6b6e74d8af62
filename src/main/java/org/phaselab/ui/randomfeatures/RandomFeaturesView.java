package org.phaselab.ui.randomfeatures;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterSlider;
import org.phaselab.ui.common.PanelLayout;
import org.phaselab.ui.common.PlotGrid;
import org.phaselab.ui.app.PanelHelp;

/**
 * The random-features panel: the alpha_D slider on the left; the phase diagram (interpolation and local-entropy
 * lines) above the local-entropy curves of the cut, and on the cut the typical entropy, the generalization errors
 * and the local energy of the trained solutions, on the right. Lays out and binds only.
 */
public final class RandomFeaturesView extends ScenePanel<RandomFeaturesScene> {
    private final RandomFeaturesViewModel model;
    private final PanelLayout root;
    private final FigureView diagram;
    private final FigureView entropy;
    private final FigureView errors;
    private final FigureView localEnergy;
    private final FigureView curves;
    private final Runnable whenShown = this::startWhenShown;
    private boolean shown;

    public RandomFeaturesView(RandomFeaturesViewModel model) {
        super("random-features", "Atypical transition", SceneCodecs.RANDOM_FEATURES, model);
        this.model = model;
        diagram = FigureView.of("rf-diagram", model.diagramChannel());
        entropy = FigureView.of("rf-entropy", model.entropyChannel());
        errors = FigureView.of("rf-errors", model.errorsChannel());
        localEnergy = FigureView.of("rf-local-energy", model.localEnergyChannel());
        curves = FigureView.of("rf-le-curves", model.curvesChannel());
        FigureView.nameFrom(model.catalogue(), diagram, entropy, errors, localEnergy, curves);
        // the diagram changes row by row while the local-entropy line is computed (a snapshot waits for the line)
        // and all but the curves gain the training sweep's points when it ends (a preset's sweep: the snapshot waits)
        diagram.workingProperty().bind(model.diagramChannel().busyProperty().or(model.localEntropyBusy())
                .or(model.training.busyProperty()));
        localEnergy.workingProperty().bind(model.localEnergyChannel().busyProperty().or(model.training.busyProperty()));
        // the cut's plots change again when alpha_LE at the cut arrives (its marker, the curves' reference)
        entropy.workingProperty().bind(model.entropyChannel().busyProperty().or(model.alphaLEComputing())
                .or(model.training.busyProperty()));
        errors.workingProperty().bind(model.errorsChannel().busyProperty().or(model.alphaLEComputing())
                .or(model.training.busyProperty()));
        curves.workingProperty().bind(model.curvesChannel().busyProperty().or(model.alphaLEComputing()));
        localEnergy.placeholderProperty().set("Press Train sweep over N (left): perceptrons trained by CP+R on hidden-manifold "
                + "data at this α_D; the local energy E(p) of the solutions they find is drawn here against N/P.");

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
                + ". The dashed line 1/α_U is the large-deviation measure (the densest references at each distance, "
                + "y → ∞): its local entropy turns non-monotonic at α_U, about 4 % above α_LE. Each row takes one "
                + "to two seconds; the lines fill in row by row.");
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
        Label trainHelp = new Label("Trains binary perceptrons with CP+R (clipped perceptron with reinforcement) on hidden-manifold data at this α_D: P = 200 "
                + "patterns, D = P/α_D, N from P/2 to 4P, 4 seeds each. Points: fraction of runs that found a "
                + "solution, the test error of those solutions, and their local energy E(p): the fraction of training patterns "
                + "lost when a fraction p of the weights is flipped at random (lower = flatter).");
        trainHelp.setWrapText(true);
        trainHelp.getStyleClass().add("help-text");
        VBox controls = new VBox(10, help, alphaD, trainHelp, train, busy, leHelp, le, leBusy);
        controls.setPadding(new Insets(8));
        root = new PanelLayout("rf-panel", controls, new PlotGrid(diagram, entropy, errors, curves, localEnergy));
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
        return List.of(diagram, entropy, errors, curves, localEnergy);
    }

    @Override
    public PanelHelp help() {
        return new PanelHelp("The main paper's model: a binary perceptron with N weights learns the labels of a hidden "
                + "teacher from P random features of D-dimensional latent inputs. The phase diagram: N/P (weights per "
                + "pattern) against α_D = P/D. Solutions exist right of the interpolation line 1/α_c; wide dense regions of "
                + "solutions only right of the local-entropy line 1/α_LE (filled in row by row, 5-60 s each); between them "
                + "(shaded) solutions are typical and isolated. The vertical line is the cut at the slider's α_D. On the cut: "
                + "the typical entropy, the generalization errors of typical, maximum-margin (atypical) and Bayesian "
                + "solutions, the Franz-Parisi local entropy around max-margin references, and (after Train sweep over N) "
                + "the local energy of solutions found by CP+R. Rows or points that did not converge are gaps, counted in "
                + "the notes, never guessed.",
                List.of("Baldassi, Lauditi, Malatesta, Pacelli, Perugini & Zecchina, PRE 106, 014116 (2022)",
                        "Goldt, Mézard, Krzakala & Zdeborová, PRX 10, 041044 (2020)", "Gerace et al., ICML (2020)",
                        "Baldassi, Lauditi, Malatesta, Perugini & Zecchina, PRL 127, 278301 (2021)"));
    }
}
