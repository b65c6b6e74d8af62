package org.phaselab.ui.training;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.phaselab.service.training.TrainingScene.DataKind;
import org.phaselab.service.training.TrainingScene.StudentKind;
import org.phaselab.service.training.TrainingSession.State;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.ui.common.ParameterSlider;

/**
 * The training lab's controls, bound to the view-model: the problem, the algorithm and its main
 * parameters, the run buttons with progress and status, and the sweep. Lecture mode hides the advanced ones.
 */
final class TrainingControls {
    private final TrainingViewModel model;

    TrainingControls(TrainingViewModel model) {
        this.model = model;
    }

    VBox build() {
        VBox controls = new VBox(10, help(), problemSection(), algorithmSection(), runSection(), sweepSection());
        controls.setPadding(new Insets(8));
        return controls;
    }

    private static Label help() {
        Label help = new Label("Binary networks learn random labels (storage) or a planted teacher. Efficient algorithms find "
                + "rare solutions in wide flat regions: their local energy E(p) stays low when weights are flipped, and they "
                + "generalize better than the typical (Gibbs) solutions the theory counts. Simulated annealing is the foil.");
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        return help;
    }

    private TitledPane problemSection() {
        ChoiceBox<StudentKind> student = choice("training-student", StudentKind.values(), model.student);
        ChoiceBox<Integer> k = new ChoiceBox<>();
        k.setId("training-k");
        k.getItems().addAll(1, 3, 5, 7, 9);
        k.setValue(model.k.get());
        k.valueProperty().addListener((o, a, b) -> model.k.set(b));
        model.k.addListener((o, a, b) -> k.setValue(b.intValue()));
        ChoiceBox<DataKind> data = choice("training-data", DataKind.values(), model.data);
        ParameterSlider n = intSlider("training-n", "N", 11, 4001, model.n, "inputs N (a tree needs N divisible by K)");
        ParameterSlider alpha = new ParameterSlider("training-alpha", "α", 0.05, 3, model.alpha.get(), "%.3f", "load α = P/N of the run");
        alpha.valueProperty().bindBidirectional(model.alpha);
        ParameterSlider seed = intSlider("training-seed", "seed", 1, 1000, model.seed, "seed of the data (patterns, labels, teacher)");
        advanced(seed);
        return section("Problem", row("student", student), row("K", k), row("data", data), n, alpha, seed);
    }

    private TitledPane algorithmSection() {
        ChoiceBox<Algorithm> algorithm = choice("training-algorithm", Algorithm.values(), model.algorithm);
        Label what = new Label();
        what.setWrapText(true);
        what.getStyleClass().add("help-text");
        what.textProperty().bind(Bindings.createStringBinding(() -> model.algorithm.get().description(), model.algorithm));
        ParameterSlider ps = new ParameterSlider("training-sbpi-ps", "p_s", 0, 1, model.sbpiPs.get(), "%.2f",
                "SBPI: probability of the metaplastic step on barely correct patterns");
        ps.valueProperty().bindBidirectional(model.sbpiPs);
        ChoiceBox<Integer> replicas = new ChoiceBox<>();
        replicas.setId("training-rsgd-replicas");
        replicas.getItems().addAll(1, 3, 5, 7, 9, 11, 15, 21);
        replicas.setValue(model.rsgdReplicas.get());
        replicas.valueProperty().addListener((o, a, b) -> model.rsgdReplicas.set(b));
        model.rsgdReplicas.addListener((o, a, b) -> replicas.setValue(b.intValue()));
        ParameterSlider sa = intSlider("training-sa-sweeps", "SA sweeps", 10, 20000, model.saSweeps,
                "simulated annealing: length of the schedule from β = 0.5 to 10, in sweeps");
        Node psRow = visibleFor(ps, Algorithm.SBPI);
        Node replicasRow = visibleFor(row("replicas y", replicas), Algorithm.RSGD);
        Node saRow = visibleFor(sa, Algorithm.SA);
        ParameterSlider epochs = intSlider("training-max-epochs", "epochs", 1, 100000, model.maxEpochs, "stop after this many sweeps");
        ParameterSlider seconds = new ParameterSlider("training-max-seconds", "seconds", 0.5, 600, model.maxSeconds.get(), "%.1f",
                "time budget of the run (running time, in seconds)");
        seconds.valueProperty().bindBidirectional(model.maxSeconds);
        CheckBox atZero = new CheckBox("stop at zero training errors");
        atZero.setId("training-stop-at-zero");
        atZero.selectedProperty().bindBidirectional(model.stopAtZeroErrors);
        advanced(ps, sa, epochs, seconds, atZero);
        return section("Algorithm", row("algorithm", algorithm), what, psRow, replicasRow, saRow, epochs, seconds, atZero);
    }

    private TitledPane runSection() {
        BooleanBinding running = model.state.isEqualTo(State.RUNNING);
        Button start = button("training-start", "Start", "train until solved or a budget is spent", model::start);
        start.disableProperty().bind(running);
        Button pause = button("training-pause", "Pause", "pause after the current sweep", model::pause);
        pause.disableProperty().bind(running.not());
        Button step = button("training-step", "Step", "one sweep over the training set", model::step);
        step.disableProperty().bind(running);
        Button stop = button("training-stop", "Stop", "end the run here and measure its flatness; it keeps what it measured (Start goes on from here, Reset starts over)", model::stop);
        stop.disableProperty().bind(model.state.isNotEqualTo(State.RUNNING).and(model.state.isNotEqualTo(State.PAUSED)));
        Button reset = button("training-reset", "Reset", "back to the same initial weights", model::reset);
        Button reseed = button("training-reseed", "Reseed", "same data, a new initial state (trainer seed + 1)", model::reseed);
        FlowPane buttons = new FlowPane(6, 6, start, pause, step, stop, reset, reseed);
        ProgressBar bar = new ProgressBar();
        bar.setId("training-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress);
        Label status = new Label();
        status.setId("training-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        Label seedInfo = new Label();
        seedInfo.getStyleClass().add("help-text");
        seedInfo.textProperty().bind(Bindings.createStringBinding(() -> "trainer seed " + model.trainerSeed.get(), model.trainerSeed));
        return section("Run", buttons, bar, status, seedInfo);
    }

    private TitledPane sweepSection() {
        ParameterSlider from = new ParameterSlider("training-sweep-from", "α from", 0.05, 3, model.sweepAlphaMin.get(), "%.2f", "first α of the grid");
        from.valueProperty().bindBidirectional(model.sweepAlphaMin);
        ParameterSlider to = new ParameterSlider("training-sweep-to", "α to", 0.05, 3, model.sweepAlphaMax.get(), "%.2f", "last α of the grid");
        to.valueProperty().bindBidirectional(model.sweepAlphaMax);
        ParameterSlider points = intSlider("training-sweep-points", "points", 1, 20, model.sweepPoints, "α values on the grid");
        ParameterSlider seeds = intSlider("training-sweep-seeds", "seeds", 1, 40, model.sweepSeeds, "runs per α (error bars over seeds)");
        ParameterSlider seconds = new ParameterSlider("training-sweep-seconds", "s / run", 0.5, 120, model.sweepSeconds.get(), "%.1f",
                "time budget of each run of the sweep");
        seconds.valueProperty().bindBidirectional(model.sweepSeconds);
        Button run = button("training-sweep", "Sweep α", "the chosen algorithm (CP+R if SA) and simulated annealing, on all cores",
                model::startSweep);
        run.disableProperty().bind(model.sweep.busy);
        BusyIndicator busy = new BusyIndicator("training-sweep-busy", model::cancelSweep);
        busy.follow(model.sweep.busy, model.sweep.progress, model.sweep.message);
        Label what = new Label("Storage: fraction of seeds solved vs α with the capacity α_c. Teacher: test error vs α on the "
                + "Gibbs ε_g(α) of the theory panel.");
        what.setWrapText(true);
        what.getStyleClass().add("help-text");
        advanced(seconds);
        return section("Sweep", what, from, to, points, seeds, seconds, run, busy);
    }

    /** Hidden in lecture mode. */
    private static void advanced(Node... nodes) {
        for (Node n : nodes) {
            n.getStyleClass().add("advanced");
        }
    }

    private Node visibleFor(Node node, Algorithm a) {
        BooleanBinding shown = model.algorithm.isEqualTo(a);
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    private static <E extends Enum<E>> ChoiceBox<E> choice(String id, E[] values, ObjectProperty<E> property) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static ParameterSlider intSlider(String id, String name, int min, int max, IntegerProperty p, String help) {
        return ParameterSlider.forInteger(id, name, min, max, p, help);
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox row(String name, Node control) {
        Label label = new Label(name);
        label.setMinWidth(70);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TitledPane section(String title, Node... content) {
        VBox box = new VBox(6, content);
        TitledPane pane = new TitledPane(title, box);
        pane.setCollapsible(true);
        return pane;
    }
}
