package org.phaselab.ui.jamming;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.phaselab.export.figure.Figure;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.preset.Preset;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterControls;
import org.phaselab.ui.app.PanelHelp;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.PanelLayout;
import org.phaselab.ui.common.PlotGrid;
import org.phaselab.export.catalogue.JammingCatalogue;

/**
 * The jamming panel (Geiger et al. 2019): sweep controls on the left, the phase diagram, N_Delta/N,
 * the gap distributions and the Hessian spectra on the right. Lays out and binds only.
 */
public final class JammingView extends ScenePanel<JammingScene> {
    private final JammingViewModel model;
    private final PerceptronViewModel perceptronModel;
    private final PanelLayout root;
    private final FigureView phase = new FigureView("jam-phase");
    private final FigureView unsat = new FigureView("jam-unsat");
    private final FigureView gaps = new FigureView("jam-gaps");
    private final FigureView hessian = new FigureView("jam-hessian");
    private final FigureView perceptron = new FigureView("jam-perceptron");

    public JammingView(JammingViewModel model, PerceptronViewModel perceptronModel) {
        super("jamming", "Jamming", SceneCodecs.JAMMING, model);
        this.model = model;
        this.perceptronModel = perceptronModel;
        String sweep = "Press Run sweep (left): nets of growing width are trained on P random points";
        bind(phase, model.phaseDiagram, model.busy, model.progress, model::cancel,
                sweep + "; each width adds its SAT/UNSAT points here as it finishes.");
        bind(unsat, model.unsatisfied, model.busy, model.progress, model::cancel,
                sweep + "; the fraction of unsatisfied patterns N_Δ/N of each net appears here.");
        bind(gaps, model.gaps, model.busy, model.progress, model::cancel,
                sweep + "; when it ends, the gaps of the width nearest to N* are drawn here.");
        bind(hessian, model.hessian, model.busy, model.progress, model::cancel,
                sweep + "; when it ends, the Hessian spectra around N* are drawn here.");
        bind(perceptron, perceptronModel.figure, perceptronModel.busy, perceptronModel.progress, perceptronModel::cancel,
                "Press Run perceptron (left, under Perceptron): the SAT fraction of spherical perceptrons over the load α, "
                        + "against the jamming line α_J(κ).");
        FigureView.nameFrom(JammingCatalogue.of(1), phase, unsat, gaps, hessian, perceptron);

        Label help = new Label("Nets of growing width are trained on P random points until they fit them (SAT) or the loss "
                + "stops falling (UNSAT). N* is where half of the seeds fit: the jamming point.");
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        Button run = new Button("Run sweep");
        run.setId("jam-run");
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.busy);
        BusyIndicator busy = new BusyIndicator("jam-busy", model::cancel);
        busy.follow(model.busy, model.progress, null);
        Label status = new Label();
        status.setId("jam-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);

        ParameterControls<JammingScene> c = new ParameterControls<>(model.parameters, "jam-");
        VBox controls = new VBox(8, help, c.control(JammingScene.PATTERNS), c.control(JammingScene.INPUT_DIM),
                c.control(JammingScene.DEPTH), c.range(JammingScene.WIDTH_FROM, JammingScene.WIDTH_TO),
                c.control(JammingScene.SEEDS), c.control(JammingScene.ACTIVATION), run, busy, status, perceptronControls(c, perceptronModel));
        controls.setPadding(new Insets(8));
        root = new PanelLayout("jamming-panel", controls, new PlotGrid(phase, unsat, gaps, hessian, perceptron));
    }

    private static TitledPane perceptronControls(ParameterControls<JammingScene> c, PerceptronViewModel m) {
        Label help = new Label("The exactly solvable anchor: a spherical perceptron with margin κ jams at α_J(κ) "
                + "(2 at κ = 0). Its SAT fraction over α should cross 1/2 there.");
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        Button run = new Button("Run perceptron");
        run.setId("jam-perceptron-run");
        run.setOnAction(e -> m.run());
        run.disableProperty().bind(m.busy);
        BusyIndicator busy = new BusyIndicator("jam-perceptron-busy", m::cancel);
        busy.follow(m.busy, m.progress, null);
        Label status = new Label();
        status.setId("jam-perceptron-status");
        status.setWrapText(true);
        status.textProperty().bind(m.status);
        VBox box = new VBox(6, help, c.control(JammingScene.PERCEPTRON_N), c.control(JammingScene.KAPPA),
                c.range(JammingScene.ALPHA_FROM, JammingScene.ALPHA_TO), c.control(JammingScene.LOADS),
                c.control(JammingScene.PERCEPTRON_SEEDS), run, busy, status);
        return new TitledPane("Perceptron", box);
    }

    /** A plot filled by a sweep of the view-model: its figure, whether the sweep runs, its cancel, and what fills it. */
    private static void bind(FigureView view, ObjectProperty<Figure> figure, BooleanProperty busy, DoubleProperty progress,
                             Runnable cancel, String placeholder) {
        view.figureProperty().bind(figure);
        view.workingProperty().bind(busy);
        view.progressProperty().bind(progress);
        view.setOnCancel(cancel);
        view.placeholderProperty().set(placeholder);
    }

    /** A preset starts the computation its figure shows. */
    @Override
    protected void applied(Preset preset) {
        if (preset.figure().equals("jam-perceptron")) {
            perceptronModel.run();
        } else {
            model.run();
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<FigureView> figures() {
        return List.of(phase, unsat, gaps, hessian, perceptron);
    }

    /** Nothing to play: the plots change only when a sweep is run. */
    @Override
    public List<org.phaselab.ui.common.Playable> playable() {
        return List.of();
    }

    @Override
    public PanelHelp help() {
        return new PanelHelp("Networks fitting random data, as particles jamming. A sweep trains fully connected nets of "
                + "growing width h on P random points until they fit every point with margin (SAT) or the loss stops falling "
                + "(UNSAT). Phase diagram: SAT (filled) and UNSAT (hollow) against the number of weights N; N*, where half of the "
                + "seeds fit, is the jamming point (P/N* ≈ 3 in the paper, nearly independent of depth). Then the "
                + "fraction of unsatisfied patterns, the distribution of the gaps Δ near N*, and the Hessian spectra around N*. "
                + "Perceptron: the exactly solvable anchor, a spherical perceptron whose SAT fraction should fall through 1/2 at "
                + "α_J(κ) (2 at κ = 0).",
                List.of("Geiger, Spigler, d'Ascoli, Sagun, Baity-Jesi, Biroli & Wyart, PRE 100, 012115 (2019)",
                        "Franz & Parisi, J. Phys. A 49, 145001 (2016)"));
    }

    @Override
    public void dispose() {
        super.dispose();
        perceptronModel.close();
    }
}
