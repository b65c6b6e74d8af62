package org.phaselab.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.phaselab.service.training.TrainingSession.State;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.ui.common.BusyIndicator;
import org.phaselab.service.training.FrontierScene;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.ui.common.ParameterControls;

/**
 * The training lab's controls, bound to the view-model: the problem, the algorithm and its main
 * parameters, the run buttons with progress and status, and the sweep. Lecture mode hides the advanced ones.
 */
final class TrainingControls {
    private final TrainingViewModel model;
    private final ParameterControls<TrainingScene> c;

    TrainingControls(TrainingViewModel model) {
        this.model = model;
        this.c = new ParameterControls<>(model.parameters, "training-");
    }

    VBox build() {
        VBox controls = new VBox(10, help(), problemSection(), algorithmSection(), runSection(), sweepSection(), frontierSection());
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
        return section("Problem", c.control(TrainingScene.STUDENT), c.oddChoice(TrainingScene.K), c.control(TrainingScene.DATA),
                c.control(TrainingScene.N), c.control(TrainingScene.ALPHA), c.control(TrainingScene.SEED));
    }

    private TitledPane algorithmSection() {
        Label what = new Label();
        what.setWrapText(true);
        what.getStyleClass().add("help-text");
        what.textProperty().bind(Bindings.createStringBinding(() -> model.algorithm.get().description(), model.algorithm));
        Node psRow = visibleFor(c.control(TrainingScene.SBPI_PS), Algorithm.SBPI);
        Node replicasRow = visibleFor(c.oddChoice(TrainingScene.RSGD_REPLICAS), Algorithm.RSGD);
        Node saRow = visibleFor(c.control(TrainingScene.SA_SWEEPS), Algorithm.SA);
        return section("Algorithm", c.control(TrainingScene.ALGORITHM), what, psRow, replicasRow, saRow,
                c.control(TrainingScene.MAX_EPOCHS), c.control(TrainingScene.MAX_SECONDS), c.control(TrainingScene.STOP_AT_ZERO_ERRORS));
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
        Button run = button("training-sweep", "Sweep α", "the chosen algorithm (CP+R if SA) and simulated annealing, on all cores",
                model::startSweep);
        run.disableProperty().bind(model.sweep.busy);
        BusyIndicator busy = new BusyIndicator("training-sweep-busy", model::cancelSweep);
        busy.follow(model.sweep.busy, model.sweep.progress, model.sweep.message);
        Label what = new Label("Storage: fraction of seeds solved vs α with the capacity α_c. Teacher: test error vs α on the "
                + "Gibbs ε_g(α) of the theory panel.");
        what.setWrapText(true);
        what.getStyleClass().add("help-text");
        return section("Sweep", what, c.range(TrainingScene.SWEEP_ALPHA_MIN, TrainingScene.SWEEP_ALPHA_MAX),
                c.control(TrainingScene.SWEEP_POINTS), c.control(TrainingScene.SWEEP_SEEDS), c.control(TrainingScene.SWEEP_SECONDS), run, busy);
    }

    /** Where algorithms stop: the study's declared parameters, one button, its progress; the figure is the Frontier tab. */
    private TitledPane frontierSection() {
        Label what = new Label("Solved fraction vs α for each algorithm at several N (storage, perceptron), the threshold α_alg(N) "
                + "where half the seeds solve, and its extrapolation to N → ∞ against α_LE and α_c. Unsolved runs count as "
                + "unsolved. The defaults take a minute or two.");
        what.setWrapText(true);
        what.getStyleClass().add("help-text");
        Button run = button("training-frontier-run", "Frontier", "run the frontier study on all cores", model.frontier::start);
        run.disableProperty().bind(model.frontier.job.busyProperty());
        BusyIndicator busy = new BusyIndicator("training-frontier-busy", model.frontier::cancel).follow(model.frontier.job);
        FlowPane algorithms = new FlowPane(8, 4, c.control(FrontierScene.FBP), c.control(FrontierScene.SBPI),
                c.control(FrontierScene.CPR), c.control(FrontierScene.RSGD));
        TitledPane pane = section("Frontier", what, c.control(FrontierScene.SIZES), algorithms, c.control(FrontierScene.ALPHA_MIN),
                c.control(FrontierScene.ALPHA_MAX), c.control(FrontierScene.POINTS), c.control(FrontierScene.SEEDS),
                c.control(FrontierScene.SECONDS), run, busy);
        pane.setExpanded(false);
        return pane;
    }

    private Node visibleFor(Node node, Algorithm a) {
        BooleanBinding shown = model.algorithm.isEqualTo(a);
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TitledPane section(String title, Node... content) {
        VBox box = new VBox(6, content);
        TitledPane pane = new TitledPane(title, box);
        pane.setCollapsible(true);
        return pane;
    }
}
