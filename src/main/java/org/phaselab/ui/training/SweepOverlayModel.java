package org.phaselab.ui.training;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.builders.TrainingFigures;
import org.phaselab.service.training.SweepSeries;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingScene.DataKind;
import org.phaselab.service.training.TrainingSweep;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.ui.common.PlotChannel;

/**
 * The sweep mode and its overlay: an efficient algorithm and simulated annealing over the alpha grid
 * in the background, each finished alpha added to the plot on the theory axes (storage: solved fraction
 * with alpha_c; teacher: test error on the Gibbs eps_g). Before any sweep the plot shows the current
 * scene's theory alone. Properties change on the FX thread only; points of a superseded sweep are dropped.
 */
public final class SweepOverlayModel implements AutoCloseable {
    public final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    public final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    /** Why the last sweep did not finish; empty after a complete one. */
    public final StringProperty message = new SimpleStringProperty(this, "message", "");

    /** What the overlay plot shows: the scene of the sweep (or the current one before any sweep) and its points. */
    public record OverlayRequest(TrainingScene scene, List<SweepSeries> sweeps) {}

    private final Supplier<TrainingScene> currentScene;
    private final TrainingSweep sweeper;
    private final PlotChannel<OverlayRequest> overlay;
    private TrainingScene sweepScene;
    private List<SweepSeries> sweeps = List.of();
    private TrainingSweep.Handle running;
    private int generation;
    private int done;

    SweepOverlayModel(TrainingTheory theory, Executor fxThread, Supplier<TrainingScene> currentScene) {
        this.currentScene = currentScene;
        this.sweeper = new TrainingSweep(fxThread);
        this.overlay = new PlotChannel<>("training-overlay", fxThread, this::request, r -> m -> r.scene().data() == DataKind.STORAGE
                ? TrainingFigures.solvedFraction(r.sweeps(), theory.capacity(m), r.scene())
                : TrainingFigures.generalization(r.sweeps(),
                        theory.teacherStudent(TrainingFigures.generalizationAlphaMax(r.scene()), m), r.scene()));
    }

    private OverlayRequest request() {
        return new OverlayRequest(sweepScene != null ? sweepScene : currentScene.get(), sweeps);
    }

    /** Starts a sweep of the scene (cancelling any running one); points fill the overlay as they come. */
    public void start(TrainingScene s) {
        cancel();
        int mine = ++generation;
        sweepScene = s;
        sweeps = TrainingSweep.algorithms(s).stream().map(SweepSeries::empty).toList();
        done = 0;
        int total = s.sweepPoints() * sweeps.size();
        busy.set(true);
        progress.set(0);
        message.set("");
        overlay.request();
        running = sweeper.start(s, (a, p) -> {
            if (mine == generation) {
                add(a, p);
                progress.set(++done / (double) total);
            }
        }, all -> {
            if (mine == generation) {
                busy.set(false);
                message.set(all ? "" : "Sweep cancelled: " + done + " of " + total + " points done");
            }
        });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void add(Algorithm a, SweepPoint p) {
        sweeps = sweeps.stream().map(sw -> sw.algorithm() == a ? sw.with(p) : sw).toList();
        overlay.request();
    }

    /** Before any sweep the overlay shows the current scene's theory; redraw it when its axes change. */
    void refreshTheoryOnly() {
        if (sweepScene == null) {
            overlay.request();
        }
    }

    /** The problem changed (data kind, student): the sweep no longer applies. */
    void forget() {
        cancel();
        generation++;
        busy.set(false);
        sweepScene = null;
        sweeps = List.of();
        overlay.request();
    }

    void refresh() {
        overlay.request();
    }

    /** The points of the last sweep so far. */
    public List<SweepSeries> sweeps() {
        return sweeps;
    }

    public PlotChannel<OverlayRequest> channel() {
        return overlay;
    }

    @Override
    public void close() {
        cancel();
        sweeper.close();
        overlay.close();
    }
}
