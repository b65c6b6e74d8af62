package org.phaselab.ui.jamming;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.phaselab.export.figure.Figure;
import org.phaselab.preset.JammingSceneCodec;
import org.phaselab.preset.Preset;
import org.phaselab.preset.PresetException;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.service.jamming.JammingScene.Range;
import org.phaselab.training.jamming.Activation;
import org.phaselab.ui.app.Panel;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterSlider;

/**
 * The jamming panel (Geiger et al. 2019): sweep controls on the left, the phase diagram, N_Delta/N,
 * the gap distributions and the Hessian spectra on the right. Lays out and binds only.
 */
public final class JammingView implements Panel {
    private static final JammingSceneCodec CODEC = new JammingSceneCodec();
    private final JammingViewModel model;
    private final PerceptronViewModel perceptronModel;
    private final SplitPane root;
    private final FigureView phase = new FigureView("jam-phase");
    private final FigureView unsat = new FigureView("jam-unsat");
    private final FigureView gaps = new FigureView("jam-gaps");
    private final FigureView hessian = new FigureView("jam-hessian");
    private final FigureView perceptron = new FigureView("jam-perceptron");

    public JammingView(JammingViewModel model, PerceptronViewModel perceptronModel) {
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
        ChoiceBox<Activation> act = new ChoiceBox<>();
        act.getItems().setAll(Activation.values());
        act.setId("jam-activation");
        act.valueProperty().bindBidirectional(model.activation);
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
        GridPane actRow = new GridPane();
        actRow.addRow(0, new Label("activation  "), act);

        VBox controls = new VBox(8, help,
                intSlider("jam-p", "P", Range.PATTERNS, model.patterns, "number of random patterns"),
                intSlider("jam-d", "d", Range.INPUT_DIM, model.inputDim, "input dimension; inputs have norm sqrt(d)"),
                intSlider("jam-depth", "depth", Range.DEPTH, model.depth, "number of hidden layers"),
                intSlider("jam-width-from", "h from", Range.WIDTH_FROM, model.widthFrom, "smallest width of the sweep"),
                intSlider("jam-width-to", "h to", Range.WIDTH_TO, model.widthTo, "largest width of the sweep"),
                intSlider("jam-seeds", "seeds", Range.SEEDS, model.seeds, "independent data sets and starts per width"),
                actRow, run, busy, status, perceptronControls(perceptronModel));
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

    private static TitledPane perceptronControls(PerceptronViewModel m) {
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
        ParameterSlider kappa = new ParameterSlider("jam-kappa", "κ", Range.KAPPA.min, Range.KAPPA.max, m.kappa.get(), "%.2f", "margin κ");
        kappa.valueProperty().bindBidirectional(m.kappa);
        ParameterSlider from = new ParameterSlider("jam-alpha-from", "α from", Range.ALPHA_FROM.min, Range.ALPHA_FROM.max,
                m.alphaFrom.get(), "%.2f", "smallest load");
        from.valueProperty().bindBidirectional(m.alphaFrom);
        ParameterSlider to = new ParameterSlider("jam-alpha-to", "α to", Range.ALPHA_TO.min, Range.ALPHA_TO.max, m.alphaTo.get(),
                "%.2f", "largest load");
        to.valueProperty().bindBidirectional(m.alphaTo);
        VBox box = new VBox(6, help, intSlider("jam-perceptron-n", "N", Range.PERCEPTRON_N, m.weights, "number of weights"), kappa, from, to,
                intSlider("jam-loads", "loads", Range.LOADS, m.loads, "number of α values"),
                intSlider("jam-perceptron-seeds", "seeds", Range.PERCEPTRON_SEEDS, m.seeds, "patterns drawn per load"), run, busy, status);
        return new TitledPane("Perceptron", box);
    }

    private static void bind(FigureView view, ObjectProperty<Figure> figure) {
        view.figureProperty().bind(figure);
    }

    private static ParameterSlider intSlider(String id, String name, Range range, IntegerProperty p, String help) {
        return ParameterSlider.forInteger(id, name, range.min, range.max, p, help);
    }

    @Override
    public String title() {
        return "Jamming";
    }

    @Override
    public String id() {
        return "jamming";
    }

    @Override
    public void apply(Preset preset) throws PresetException {
        JammingScene scene = CODEC.decode(preset.parameters(), preset.source());
        JammingViewModel.apply(scene, model, perceptronModel);
        if (preset.figure().equals("jam-perceptron")) {
            perceptronModel.run();
        } else {
            model.run();
        }
    }

    @Override
    public ObjectNode parameters() {
        try {
            return CODEC.encode(JammingViewModel.scene(model, perceptronModel));
        } catch (IllegalArgumentException e) {
            return null; // out-of-range parameters: nothing to save
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
        model.close();
        perceptronModel.close();
    }
}
