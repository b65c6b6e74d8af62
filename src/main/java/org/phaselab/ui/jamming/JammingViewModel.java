package org.phaselab.ui.jamming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.catalogue.JammingCatalogue;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.ui.app.SceneModel;
import org.phaselab.ui.common.SceneProperties;
import org.phaselab.service.jamming.JammingSweeps;
import org.phaselab.training.Activation;
import org.phaselab.training.jamming.CriticalSize;
import org.phaselab.training.jamming.JammingSweepResult;
import org.phaselab.training.jamming.WidthPoint;

/**
 * State of the jamming panel: the sweep parameters, and four figures filled point by point while a
 * width sweep trains nets in the background on all cores. A new sweep cancels the one in flight;
 * points of a stale sweep are dropped. Earlier sweeps (other P) stay on the phase diagram.
 */
public final class JammingViewModel implements SceneModel<JammingScene> {
    /** One property per declared parameter, the perceptron scan's included ({@link JammingScene#SCHEMA}). */
    public final SceneProperties<JammingScene> parameters = new SceneProperties<>(this, JammingScene.SCHEMA);
    public final IntegerProperty patterns = parameters.integer(JammingScene.PATTERNS);
    public final IntegerProperty inputDim = parameters.integer(JammingScene.INPUT_DIM);
    public final IntegerProperty depth = parameters.integer(JammingScene.DEPTH);
    public final IntegerProperty widthFrom = parameters.integer(JammingScene.WIDTH_FROM);
    public final IntegerProperty widthTo = parameters.integer(JammingScene.WIDTH_TO);
    public final IntegerProperty seeds = parameters.integer(JammingScene.SEEDS);
    public final ObjectProperty<Activation> activation = parameters.choice(JammingScene.ACTIVATION);

    public final ObjectProperty<Figure> phaseDiagram = new SimpleObjectProperty<>(this, "phaseDiagram");
    public final ObjectProperty<Figure> unsatisfied = new SimpleObjectProperty<>(this, "unsatisfied");
    public final ObjectProperty<Figure> gaps = new SimpleObjectProperty<>(this, "gaps");
    public final ObjectProperty<Figure> hessian = new SimpleObjectProperty<>(this, "hessian");
    public final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    public final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    public final StringProperty status = new SimpleStringProperty(this, "status", "Press Run to sweep the width.");

    private final LatestWinsService<JammingSweepResult> service;
    private final Executor fxThread;
    private final int threads;
    private final List<WidthPoint> earlierPoints = new ArrayList<>();
    private final List<CriticalSize> earlierNStars = new ArrayList<>();
    private final List<WidthPoint> current = new ArrayList<>();
    private long generation;
    /** The scene of the sweep in flight (its figures carry its parameters, not the sliders' current ones). */
    private JammingScene runScene = JammingScene.DEFAULT;

    public JammingViewModel(Executor fxThread, int threads) {
        this.fxThread = fxThread;
        this.threads = threads;
        this.service = new LatestWinsService<>("jamming", fxThread);
    }

    /** Starts a sweep with the current parameters (call on the FX thread). */
    public void run() {
        JammingScene scene;
        try {
            scene = scene();
        } catch (IllegalArgumentException e) {
            status.set("Cannot run: " + e.getMessage());
            return;
        }
        long gen = ++generation;
        current.clear();
        runScene = scene;
        busy.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Training %d nets on %d threads...", scene.widths().length * scene.seeds(), threads));
        service.submit(monitor -> JammingSweeps.sweep(scene, threads, monitor, pt -> fxThread.execute(() -> addPoint(gen, pt))),
                new RequestListener<>() {
                    @Override
                    public void onProgress(double fraction) {
                        progress.set(fraction);
                    }

                    @Override
                    public void onOutcome(Outcome<JammingSweepResult> outcome) {
                        finished(gen, outcome);
                    }
                });
    }

    @Override
    public SceneProperties<JammingScene> parameters() {
        return parameters;
    }

    /** The panel's parameters as one snapshot; IllegalArgumentException when they do not make one. */
    @Override
    public JammingScene scene() {
        return parameters.scene();
    }

    /** Sets every parameter from a snapshot (a preset), the perceptron scan's included. */
    @Override
    public void apply(JammingScene s) {
        parameters.apply(s);
    }

    public void cancel() {
        service.cancel();
    }

    private void addPoint(long gen, WidthPoint point) {
        if (gen != generation) {
            return;
        }
        current.add(point);
        redraw(CriticalSize.of(current));
    }

    private void finished(long gen, Outcome<JammingSweepResult> outcome) {
        if (gen != generation) {
            return;
        }
        busy.set(false);
        if (outcome instanceof Outcome.Done<JammingSweepResult> done) {
            JammingSweepResult r = done.value();
            redraw(r.nStar());
            gaps.set(JammingCatalogue.gaps(runScene, r));
            hessian.set(JammingCatalogue.hessian(runScene, r));
            status.set(r.nStar().found()
                    ? String.format(Locale.ROOT, "N* = %.0f, P/N* = %.2f (paper: ~3), in %.1f s", r.nStar().nStar(),
                    r.nStar().patternsPerWeight(), done.seconds())
                    : r.nStar().note());
            earlierPoints.addAll(r.points());
            earlierNStars.add(r.nStar());
            current.clear();
        } else if (outcome instanceof Outcome.Failed<JammingSweepResult> failed) {
            status.set("Sweep failed: " + failed.message());
        } else {
            status.set("Cancelled; the plots keep the points finished so far.");
        }
    }

    private void redraw(CriticalSize nStar) {
        List<WidthPoint> all = new ArrayList<>(earlierPoints);
        all.addAll(current);
        List<CriticalSize> stars = new ArrayList<>(earlierNStars);
        stars.add(nStar);
        phaseDiagram.set(JammingCatalogue.phaseDiagram(runScene, all, stars));
        unsatisfied.set(JammingCatalogue.unsatisfied(runScene, current, nStar));
    }

    @Override
    public void close() {
        service.close();
    }
}
