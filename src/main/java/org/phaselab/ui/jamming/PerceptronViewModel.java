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
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.builders.JammingFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.service.jamming.JammingSweeps;
import org.phaselab.ui.common.SceneProperties;
import org.phaselab.training.jamming.PerceptronScan;

/**
 * The perceptron side of the jamming panel: a scan of the spherical perceptron's SAT fraction over
 * alpha at one (N, kappa), in the background and point by point, against alpha_J(kappa).
 */
public final class PerceptronViewModel implements AutoCloseable {
    public final IntegerProperty weights;
    public final DoubleProperty kappa;
    public final DoubleProperty alphaFrom;
    public final DoubleProperty alphaTo;
    public final IntegerProperty loads;
    public final IntegerProperty seeds;

    public final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    public final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    public final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    public final StringProperty status = new SimpleStringProperty(this, "status", "");

    private final LatestWinsService<List<PerceptronScan.Point>> service;
    private final Executor fxThread;
    private final int threads;
    private final List<PerceptronScan.Point> current = new ArrayList<>();
    private long generation;

    private final SceneProperties<JammingScene> parameters;

    /** The scan's parameters are the jamming panel's ({@code parameters}, shared with its sweep). */
    public PerceptronViewModel(SceneProperties<JammingScene> parameters, Executor fxThread, int threads) {
        this.parameters = parameters;
        weights = parameters.integer(JammingScene.PERCEPTRON_N);
        kappa = parameters.number(JammingScene.KAPPA);
        alphaFrom = parameters.number(JammingScene.ALPHA_FROM);
        alphaTo = parameters.number(JammingScene.ALPHA_TO);
        loads = parameters.integer(JammingScene.LOADS);
        seeds = parameters.integer(JammingScene.PERCEPTRON_SEEDS);
        this.fxThread = fxThread;
        this.threads = threads;
        this.service = new LatestWinsService<>("perceptron", fxThread);
    }

    /** Starts a scan with the current parameters (FX thread). */
    public void run() {
        JammingScene scene;
        try {
            scene = parameters.scene();
        } catch (IllegalArgumentException e) {
            status.set("Cannot run: " + e.getMessage());
            return;
        }
        long gen = ++generation;
        current.clear();
        busy.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Training %d perceptrons...", scene.loads() * scene.perceptronSeeds()));
        service.submit(monitor -> JammingSweeps.perceptron(scene, threads, monitor,
                pt -> fxThread.execute(() -> addPoint(gen, pt))), new RequestListener<>() {
                    @Override
                    public void onProgress(double fraction) {
                        progress.set(fraction);
                    }

                    @Override
                    public void onOutcome(Outcome<List<PerceptronScan.Point>> outcome) {
                        if (gen != generation) {
                            return;
                        }
                        busy.set(false);
                        if (outcome instanceof Outcome.Done<List<PerceptronScan.Point>> done) {
                            figure.set(JammingFigures.perceptron(done.value()));
                            status.set(figure.get().note());
                        } else if (outcome instanceof Outcome.Failed<List<PerceptronScan.Point>> failed) {
                            status.set("Scan failed: " + failed.message());
                        } else {
                            status.set("Cancelled; the plot keeps the loads finished so far.");
                        }
                    }
                });
    }

    public void cancel() {
        service.cancel();
    }

    private void addPoint(long gen, PerceptronScan.Point point) {
        if (gen != generation) {
            return;
        }
        current.add(point);
        current.sort((a, b) -> Double.compare(a.alpha(), b.alpha()));
        figure.set(JammingFigures.perceptron(current));
    }

    @Override
    public void close() {
        service.close();
    }
}
