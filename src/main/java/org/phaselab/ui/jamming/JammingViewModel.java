package org.phaselab.ui.jamming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.phaselab.service.jamming.JammingSweeps;
import org.phaselab.training.jamming.Activation;
import org.phaselab.training.jamming.CriticalSize;
import org.phaselab.training.jamming.JammingSweepResult;
import org.phaselab.training.jamming.SweepPoint;

/**
 * State of the jamming panel: the sweep parameters, and four figures filled point by point while a
 * width sweep trains nets in the background on all cores. A new sweep cancels the one in flight;
 * points of a stale sweep are dropped. Earlier sweeps (other P) stay on the phase diagram.
 */
public final class JammingViewModel implements AutoCloseable {
    public final IntegerProperty patterns = new SimpleIntegerProperty(this, "patterns", JammingScene.DEFAULT.patterns());
    public final IntegerProperty inputDim = new SimpleIntegerProperty(this, "inputDim", JammingScene.DEFAULT.inputDim());
    public final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", JammingScene.DEFAULT.depth());
    public final IntegerProperty widthFrom = new SimpleIntegerProperty(this, "widthFrom", JammingScene.DEFAULT.widthFrom());
    public final IntegerProperty widthTo = new SimpleIntegerProperty(this, "widthTo", JammingScene.DEFAULT.widthTo());
    public final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", JammingScene.DEFAULT.seeds());
    public final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", JammingScene.DEFAULT.activation());

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
    private final List<SweepPoint> earlierPoints = new ArrayList<>();
    private final List<CriticalSize> earlierNStars = new ArrayList<>();
    private final List<SweepPoint> current = new ArrayList<>();
    private long generation;

    public JammingViewModel(Executor fxThread, int threads) {
        this.fxThread = fxThread;
        this.threads = threads;
        this.service = new LatestWinsService<>("jamming", fxThread);
    }

    /** Starts a sweep with the current parameters (call on the FX thread). */
    public void run() {
        JammingScene scene;
        try {
            scene = scene(this, null);
        } catch (IllegalArgumentException e) {
            status.set("Cannot run: " + e.getMessage());
            return;
        }
        long gen = ++generation;
        current.clear();
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

    /**
     * The panel's parameters as one snapshot; the perceptron part comes from {@code p}, or the
     * defaults when null. Throws IllegalArgumentException when out of range.
     */
    public static JammingScene scene(JammingViewModel m, PerceptronViewModel p) {
        JammingScene d = JammingScene.DEFAULT;
        return new JammingScene(m.patterns.get(), m.inputDim.get(), m.depth.get(), m.widthFrom.get(), m.widthTo.get(), m.seeds.get(),
                m.activation.get(), p == null ? d.perceptronN() : p.weights.get(), p == null ? d.kappa() : p.kappa.get(),
                p == null ? d.alphaFrom() : p.alphaFrom.get(), p == null ? d.alphaTo() : p.alphaTo.get(),
                p == null ? d.loads() : p.loads.get(), p == null ? d.perceptronSeeds() : p.seeds.get());
    }

    /** Sets every parameter of both view-models from a snapshot (a preset). */
    public static void apply(JammingScene s, JammingViewModel m, PerceptronViewModel p) {
        m.patterns.set(s.patterns());
        m.inputDim.set(s.inputDim());
        m.depth.set(s.depth());
        m.widthFrom.set(s.widthFrom());
        m.widthTo.set(s.widthTo());
        m.seeds.set(s.seeds());
        m.activation.set(s.activation());
        p.weights.set(s.perceptronN());
        p.kappa.set(s.kappa());
        p.alphaFrom.set(s.alphaFrom());
        p.alphaTo.set(s.alphaTo());
        p.loads.set(s.loads());
        p.seeds.set(s.perceptronSeeds());
    }

    public void cancel() {
        service.cancel();
    }

    private void addPoint(long gen, SweepPoint point) {
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
            gaps.set(JammingSweeps.gaps(r, parameters()));
            hessian.set(JammingFigures.hessian(r.spectra(), parameters()));
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
        List<SweepPoint> all = new ArrayList<>(earlierPoints);
        all.addAll(current);
        List<CriticalSize> stars = new ArrayList<>(earlierNStars);
        stars.add(nStar);
        phaseDiagram.set(JammingFigures.phaseDiagram(all, stars, parameters()));
        unsatisfied.set(JammingFigures.unsatisfied(current, nStar, parameters()));
    }

    private Map<String, Object> parameters() {
        return JammingFigures.parameters(patterns.get(), inputDim.get(), depth.get(),
                activation.get().name().toLowerCase(Locale.ROOT), seeds.get(), 1);
    }

    @Override
    public void close() {
        service.close();
    }
}
