package org.phaselab.ui.training;

import org.phaselab.ui.app.SceneModel;
import org.phaselab.ui.common.SceneProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.builders.LocalEnergyFigures;
import org.phaselab.export.catalogue.FigureCatalogue;
import org.phaselab.export.catalogue.TrainingCatalogue;
import org.phaselab.export.builders.TrainingFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.training.Flatness;
import org.phaselab.service.training.SnapshotBatcher;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingScene.DataKind;
import org.phaselab.service.training.TrainingScene.StudentKind;
import org.phaselab.service.training.TrainingSession;
import org.phaselab.service.training.TrainingSession.State;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.TrainingSnapshot;

/**
 * State of the training lab: the scene's parameters, one live run (start, pause, step, stop, reset,
 * reseed) whose snapshots arrive in batches and redraw the live curves, and the local energy of the
 * network a run ends with (kept beside that of other algorithms on the same problem); the sweep and its
 * overlay live in {@link SweepOverlayModel}. All properties change on the FX thread only.
 */
public final class TrainingViewModel implements SceneModel<TrainingScene> {
    private static final TrainingScene START = TrainingScene.DEFAULT;
    private static final int MAX_LOCAL_ENERGY_CURVES = 3;

    /** One property per declared parameter ({@link TrainingScene#SCHEMA}). */
    public final SceneProperties<TrainingScene> parameters = new SceneProperties<>(this, TrainingScene.SCHEMA);
    public final ObjectProperty<StudentKind> student = parameters.choice(TrainingScene.STUDENT);
    public final IntegerProperty k = parameters.integer(TrainingScene.K);
    public final ObjectProperty<DataKind> data = parameters.choice(TrainingScene.DATA);
    public final IntegerProperty n = parameters.integer(TrainingScene.N);
    public final DoubleProperty alpha = parameters.number(TrainingScene.ALPHA);
    public final ObjectProperty<Algorithm> algorithm = parameters.choice(TrainingScene.ALGORITHM);
    public final DoubleProperty sbpiPs = parameters.number(TrainingScene.SBPI_PS);
    public final IntegerProperty rsgdReplicas = parameters.integer(TrainingScene.RSGD_REPLICAS);
    public final IntegerProperty saSweeps = parameters.integer(TrainingScene.SA_SWEEPS);
    public final IntegerProperty seed = parameters.integer(TrainingScene.SEED);
    public final IntegerProperty trainerSeed = parameters.integer(TrainingScene.TRAINER_SEED);
    public final IntegerProperty maxEpochs = parameters.integer(TrainingScene.MAX_EPOCHS);
    public final DoubleProperty maxSeconds = parameters.number(TrainingScene.MAX_SECONDS);
    public final BooleanProperty stopAtZeroErrors = parameters.bool(TrainingScene.STOP_AT_ZERO_ERRORS);
    public final DoubleProperty sweepAlphaMin = parameters.number(TrainingScene.SWEEP_ALPHA_MIN);
    public final DoubleProperty sweepAlphaMax = parameters.number(TrainingScene.SWEEP_ALPHA_MAX);
    public final IntegerProperty sweepPoints = parameters.integer(TrainingScene.SWEEP_POINTS);
    public final IntegerProperty sweepSeeds = parameters.integer(TrainingScene.SWEEP_SEEDS);
    public final DoubleProperty sweepSeconds = parameters.number(TrainingScene.SWEEP_SECONDS);

    public final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.EMPTY);
    /** What the run is doing, or why a command was refused. */
    public final StringProperty status = new SimpleStringProperty(this, "status", "press Start or Step");
    /** Fraction of the epoch or time budget spent, whichever is larger. */
    public final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    public final ObjectProperty<Figure> liveFigure = new SimpleObjectProperty<>(this, "liveFigure");
    public final ObjectProperty<Figure> localEnergyFigure = new SimpleObjectProperty<>(this, "localEnergyFigure");
    /** True from the end of a run until its network's local energy is measured (its plot is not yet up to date). */
    public final javafx.beans.property.BooleanProperty measuringFlatness =
            new javafx.beans.property.SimpleBooleanProperty(this, "measuringFlatness", false);
    /** The sweep mode and its overlay on the theory axes. */
    public final SweepOverlayModel sweep;
    /** Where algorithms stop: the frontier study and its figure. */
    public final FrontierModel frontier;

    private final TrainingSession session;
    private final FigureCatalogue<TrainingScene> figures;
    private final List<TrainingSnapshot> history = new ArrayList<>();
    /** Local-energy curves shown together: the latest of each algorithm on the latest problem. */
    private List<Flatness> measured = List.of();
    private TrainingScene runScene = START;

    public TrainingViewModel(TrainingTheory theory, Executor fxThread) {
        session = new TrainingSession(fxThread, new SessionEvents());
        sweep = new SweepOverlayModel(theory, fxThread, this::scene);
        sweep.channel().describing(parameters, List.of(TrainingScene.DATA, TrainingScene.STUDENT, TrainingScene.N,
                TrainingScene.SWEEP_ALPHA_MAX));
        figures = TrainingCatalogue.of(theory);
        frontier = new FrontierModel(theory, fxThread, this::scene);
        data.addListener((o, a, b) -> sweep.forget());
        student.addListener((o, a, b) -> sweep.forget());
        sweepAlphaMax.addListener((o, a, b) -> sweep.refreshTheoryOnly());
        n.addListener((o, a, b) -> sweep.refreshTheoryOnly());
        liveFigure.set(TrainingFigures.live(history, START));
        // before the first run the empty plot's title names the algorithm chosen, not the default's
        algorithm.addListener((o, a, b) -> {
            if (history.isEmpty()) {
                try {
                    liveFigure.set(TrainingFigures.live(history, scene()));
                } catch (IllegalArgumentException e) {
                    // a scene that cannot be run yet: the title waits for the next change
                }
            }
        });
    }

    /** The current parameters as one snapshot (throws IllegalArgumentException if they do not form one). */
    public TrainingScene scene() {
        return parameters.scene();
    }

    @Override
    public SceneProperties<TrainingScene> parameters() {
        return parameters;
    }

    /** The panel's figures: ids, titles, inputs. */
    public FigureCatalogue<TrainingScene> catalogue() {
        return figures;
    }

    /** Sets every parameter from a snapshot (a preset). */
    public void apply(TrainingScene s) {
        parameters.apply(s);
        sweep.refresh();
    }

    public void refreshAll() {
        sweep.refresh();
    }

    public void start() {
        withScene(s -> {
            runScene = s;
            session.start(s);
        });
    }

    public void pause() {
        session.pause();
    }

    public void step() {
        withScene(s -> {
            runScene = s;
            session.step(s);
        });
    }

    /** Stops the run; it keeps what it measured, and its network is measured for flatness. */
    public void stop() {
        session.stop();
    }

    /** Back to the same initial weights (or a fresh run if the parameters changed). */
    public void reset() {
        withScene(s -> {
            runScene = s;
            session.reset(s);
        });
    }

    /** A new trainer seed on the same data: another initial state and random stream. */
    public void reseed() {
        trainerSeed.set(trainerSeed.get() + 1);
        reset();
    }

    private void withScene(java.util.function.Consumer<TrainingScene> action) {
        TrainingScene s;
        try {
            s = scene();
        } catch (IllegalArgumentException e) {
            status.set("Cannot run: " + e.getMessage());
            return;
        }
        action.accept(s);
    }

    /** Sweeps the efficient algorithm and simulated annealing over the alpha grid. */
    public void startSweep() {
        withScene(sweep::start);
    }

    public void cancelSweep() {
        sweep.cancel();
    }

    /** The live run's snapshots so far (FX thread). */
    public List<TrainingSnapshot> history() {
        return List.copyOf(history);
    }

    @Override
    public void close() {
        session.close();
        sweep.close();
        frontier.close();
    }

    /** The session's reports, on the FX thread. */
    private final class SessionEvents implements TrainingSession.Listener {
        @Override
        public void onBatch(SnapshotBatcher.Batch batch) {
            if (batch.restart()) {
                history.clear(); // the local-energy curves stay, for comparison with the next run on the same problem
            }
            for (TrainingSnapshot snap : batch.snapshots()) {
                int last = history.size() - 1;
                if (last >= 0 && history.get(last).epoch() == snap.epoch()) {
                    history.set(last, snap); // a re-measurement of the same sweep (e.g. with the test error, at the end)
                } else {
                    history.add(snap);
                }
            }
            liveFigure.set(TrainingFigures.live(history, runScene));
            int epoch = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
            progress.set(Math.min(1, Math.max(epoch / (double) runScene.maxEpochs(), batch.seconds() / runScene.maxSeconds())));
        }

        @Override
        public void onState(State s, String message) {
            state.set(s);
            status.set(message);
            if (s == State.FINISHED) {
                progress.set(1);
                // a run that ends is measured next, unless it ended by failing (then nothing more comes)
                measuringFlatness.set(!message.startsWith("failed"));
            }
        }

        @Override
        public void onFlatness(Flatness flatness) {
            List<Flatness> kept = new ArrayList<>(measured);
            kept.removeIf(f -> !f.sameProblem(flatness) || f.scene().algorithm() == flatness.scene().algorithm());
            kept.add(flatness);
            measured = List.copyOf(kept.subList(Math.max(0, kept.size() - MAX_LOCAL_ENERGY_CURVES), kept.size()));
            localEnergyFigure.set(LocalEnergyFigures.of(measured));
            measuringFlatness.set(false);
        }
    }
}
