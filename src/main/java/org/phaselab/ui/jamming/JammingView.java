package org.phaselab.ui.jamming;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.phaselab.export.figure.Figure;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.preset.Preset;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterControls;
import org.phaselab.ui.app.ScenePanel;

/**
 * The jamming panel (Geiger et al. 2019): sweep controls on the left, the phase diagram, N_Delta/N,
 * the gap distributions and the Hessian spectra on the right. Lays out and binds only.
 */
public final class JammingView extends ScenePanel<JammingScene> {
    private final JammingViewModel model;
    private final PerceptronViewModel perceptronModel;
    private final SplitPane root;
    private final FigureView phase = new FigureView("jam-phase");
    private final FigureView unsat = new FigureView("jam-unsat");
    private final FigureView gaps = new FigureView("jam-gaps");
    private final FigureView hessian = new FigureView("jam-hessian");
    private final FigureView perceptron = new FigureView("jam-perceptron");

    public JammingView(JammingViewModel model, PerceptronViewModel perceptronModel) {
        super("jamming", "Jamming", SceneCodecs.JAMMING, model);
        this.model = model;
        this.perceptronModel = perceptronModel;
        bind(perceptron, perceptronModel.figure);
        bind(phase, model.phaseDiagram);
        bind(unsat, model.unsatisfied);
        bind(gaps, model.gaps);
        bind(hessian, model.hessian);

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
                c.control(JammingScene.DEPTH), c.control(JammingScene.WIDTH_FROM), c.control(JammingScene.WIDTH_TO),
                c.control(JammingScene.SEEDS), c.control(JammingScene.ACTIVATION), run, busy, status, perceptronControls(c, perceptronModel));
        controls.setPadding(new Insets(8));
        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setMinWidth(300);

        SplitPane left = new SplitPane(phase, unsat);
        left.setOrientation(Orientation.VERTICAL);
        SplitPane right = new SplitPane(gaps, hessian, perceptron);
        right.setOrientation(Orientation.VERTICAL);
        SplitPane plots = new SplitPane(left, right);
        root = new SplitPane(side, plots);
        root.setDividerPositions(0.22);
        root.setId("jamming-panel");
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
                c.control(JammingScene.ALPHA_FROM), c.control(JammingScene.ALPHA_TO), c.control(JammingScene.LOADS),
                c.control(JammingScene.PERCEPTRON_SEEDS), run, busy, status);
        return new TitledPane("Perceptron", box);
    }

    private static void bind(FigureView view, ObjectProperty<Figure> figure) {
        view.figureProperty().bind(figure);
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

    @Override
    public void dispose() {
        super.dispose();
        perceptronModel.close();
    }
}
