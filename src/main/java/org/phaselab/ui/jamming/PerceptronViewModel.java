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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.builders.JammingFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.training.jamming.PerceptronScan;

/**
 * The perceptron side of the jamming panel: a scan of the spherical perceptron's SAT fraction over
 * alpha at one (N, kappa), in the background and point by point, against alpha_J(kappa).
 */
public final class PerceptronViewModel implements AutoCloseable {
    public final IntegerProperty weights = new SimpleIntegerProperty(this, "weights", JammingScene.DEFAULT.perceptronN());
    public final DoubleProperty kappa = new SimpleDoubleProperty(this, "kappa", JammingScene.DEFAULT.kappa());
    public final DoubleProperty alphaFrom = new SimpleDoubleProperty(this, "alphaFrom", JammingScene.DEFAULT.alphaFrom());
    public final DoubleProperty alphaTo = new SimpleDoubleProperty(this, "alphaTo", JammingScene.DEFAULT.alphaTo());
    public final IntegerProperty loads = new SimpleIntegerProperty(this, "loads", JammingScene.DEFAULT.loads());
    public final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", JammingScene.DEFAULT.perceptronSeeds());

    public final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    public final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    public final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    public final StringProperty status = new SimpleStringProperty(this, "status", "");

    private final LatestWinsService<List<PerceptronScan.Point>> service;
    private final Executor fxThread;
    private final int threads;
    private final List<PerceptronScan.Point> current = new ArrayList<>();
    private long generation;

    public PerceptronViewModel(Executor fxThread, int threads) {
        this.fxThread = fxThread;
        this.threads = threads;
        this.service = new LatestWinsService<>("perceptron", fxThread);
    }

    /** Starts a scan with the current parameters (FX thread). */
    public void run() {
        int m = loads.get();
        double lo = alphaFrom.get();
        double hi = alphaTo.get();
        if (m < 2 || !(hi > lo) || !(lo > 0)) {
            status.set("Need 0 < α from < α to and at least two loads.");
            return;
        }
        double[] alphas = new double[m];
        for (int i = 0; i < m; i++) {
            alphas[i] = lo + (hi - lo) * i / (m - 1);
        }
        int n = weights.get();
        double k = kappa.get();
        int s = seeds.get();
        long gen = ++generation;
        current.clear();
        busy.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Training %d perceptrons...", m * s));
        service.submit(monitor -> PerceptronScan.run(n, k, alphas, s, threads, monitor,
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
