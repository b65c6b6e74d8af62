package org.phaselab.ui.training;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.phaselab.preset.SceneCodecs;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingSession.State;
import org.phaselab.ui.app.PanelHelp;
import org.phaselab.ui.app.ScenePanel;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.PanelLayout;
import org.phaselab.ui.common.Playable;
import org.phaselab.ui.common.PlotGrid;

/**
 * The training lab: controls and run buttons on the left; the live curves of the run, the local energy of the
 * network it found, and, in two tabs, the sweep's points on the theory axes and the frontier study (where algorithms
 * stop). Lays out and binds only.
 */
public final class TrainingView extends ScenePanel<TrainingScene> {
    private final TrainingViewModel model;
    private final PanelLayout root;
    private final FigureView live = new FigureView("training-live");
    private final FigureView localEnergy = new FigureView("training-local-energy");
    private final FigureView overlay;
    private final FigureView frontier = new FigureView("training-frontier");

    public TrainingView(TrainingViewModel model) {
        super("training", "Training", SceneCodecs.TRAINING, model);
        this.model = model;
        live.figureProperty().bind(model.liveFigure);
        live.workingProperty().bind(model.state.isEqualTo(State.RUNNING));
        live.progressProperty().bind(model.progress);
        live.setOnCancel(model::stop);
        live.placeholderProperty().set("Press Start or Step (left, under Run): the training errors of each sweep over the "
                + "patterns are drawn here as the run goes.");
        localEnergy.figureProperty().bind(model.localEnergyFigure);
        localEnergy.workingProperty().bind(model.state.isEqualTo(State.RUNNING).or(model.measuringFlatness));
        localEnergy.placeholderProperty().set("Let a run finish, or press Stop: the local energy E(p) of the network it found "
                + "(the errors when a fraction p of its weights is flipped) is drawn here, beside the planted teacher's "
                + "and the typical solutions'.");
        overlay = FigureView.of("training-overlay", model.sweep.channel());
        overlay.placeholderProperty().set("Press Sweep α (left, under Sweep): an efficient algorithm and simulated "
                + "annealing are run over the α grid; each α adds its points here, on the theory's axes.");
        FigureView.nameFrom(model.catalogue(), live, localEnergy, overlay, frontier);
        overlay.showCursor(TrainingScene.ALPHA, model.alpha, "\\alpha"); // the live run's alpha on the alpha axis
        frontier.figureProperty().bind(model.frontier.figure);
        frontier.workingProperty().bind(model.frontier.job.busyProperty());
        frontier.placeholderProperty().set("Press Frontier (left, under Frontier): each algorithm is run over the α grid "
                + "at several N; the fraction of seeds solved, the thresholds α_alg(N) and their extrapolation are drawn here.");
        TabPane sweeps = new TabPane(new Tab("Sweep", overlay), new Tab("Frontier", frontier));
        sweeps.setId("training-bottom-tabs");
        sweeps.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.frontier.job.busyProperty().addListener((o, was, now) -> {
            if (now) {
                sweeps.getSelectionModel().select(1);
            }
        });
        root = new PanelLayout("training-panel", new TrainingControls(model).build(), new PlotGrid(live, localEnergy, sweeps));
    }

    /** A preset starts what its figure shows: a run (live errors, local energy), the α sweep or the frontier study. */
    @Override
    protected void applied(org.phaselab.preset.Preset preset) {
        if (preset.figure().startsWith("training-frontier")) {
            model.frontier.start();
        } else if (preset.figure().equals("training-overlay")) {
            model.startSweep();
        } else {
            model.start();
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<FigureView> figures() {
        return frontier.getFigure() == null ? List.of(localEnergy, overlay, live)
                : List.of(localEnergy, overlay, live, frontier);
    }

    @Override
    public List<Playable> playable() {
        return playable(TrainingScene.ALPHA);
    }

    @Override
    public PanelHelp help() {
        return new PanelHelp("Binary networks learning random labels (storage) or a planted teacher, with algorithms that "
                + "find rare, flat solutions (focusing BP, CP+R, SBPI, replicated SGD, BinaryConnect SGD) and simulated annealing as the "
                + "foil. Training errors per sweep: the training errors (and test error, for a teacher) of the live run, sweep by sweep. "
                + "Local energy: E(p) of the network a run ends with: the fraction of patterns lost when a "
                + "fraction p of the weights is flipped; low means flat. α sweep on the theory axes: the "
                + "fraction of seeds solved with the capacity α_c, or the test error on the Gibbs ε_g(α). The dotted grey "
                + "line is the α of the live run. Frontier (second tab): the fraction of seeds each algorithm solves vs α at "
                + "several N, the algorithmic thresholds α_alg(N) and their extrapolation to N → ∞, against α_c and α_LE.",
                List.of("Braunstein & Zecchina, PRL 96, 030201 (2006)", "Baldassi, Braunstein, Brunel & Zecchina, PNAS 104, 11079 (2007)",
                        "Baldassi et al., PRL 115, 128101 (2015)", "Baldassi et al., PNAS 113, E7655 (2016)",
                        "Huang & Kabashima, PRE 90, 052813 (2014)"));
    }
}
