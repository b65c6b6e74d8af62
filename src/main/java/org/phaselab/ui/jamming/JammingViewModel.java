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
import org.phaselab.training.jamming.Activation;
import org.phaselab.training.jamming.CriticalSize;
import org.phaselab.training.jamming.DeltaHistogram;
import org.phaselab.training.jamming.JammingSetup;
import org.phaselab.training.jamming.JammingSweepResult;
import org.phaselab.training.jamming.SweepPoint;
import org.phaselab.training.jamming.TrainingOptions;
import org.phaselab.training.jamming.WidthSweep;

/**
 * State of the jamming panel: the sweep parameters, and four figures filled point by point while a
 * width sweep trains nets in the background on all cores. A new sweep cancels the one in flight;
 * points of a stale sweep are dropped. Earlier sweeps (other P) stay on the phase diagram.
 */
public final class JammingViewModel implements AutoCloseable {
    /** Largest net whose exact Hessian is computed after a sweep (N^2 P work, N^2 memory). */
    static final int MAX_HESSIAN_WEIGHTS = 800;

    public final IntegerProperty patterns = new SimpleIntegerProperty(this, "patterns", 300);
    public final IntegerProperty inputDim = new SimpleIntegerProperty(this, "inputDim", 10);
    public final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 2);
    public final IntegerProperty widthFrom = new SimpleIntegerProperty(this, "widthFrom", 3);
    public final IntegerProperty widthTo = new SimpleIntegerProperty(this, "widthTo", 12);
    public final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", 3);
    public final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.TANH);

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
        int from = widthFrom.get();
        int to = widthTo.get();
        if (from < 1 || to < from) {
            status.set("Width range must satisfy 1 <= from <= to.");
            return;
        }
        int[] widths = new int[to - from + 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = from + i;
        }
        JammingSetup base = new JammingSetup(patterns.get(), inputDim.get(), depth.get(), from, activation.get(), 1,
                TrainingOptions.defaults());
        long gen = ++generation;
        current.clear();
        busy.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Training %d nets on %d threads...", widths.length * seeds.get(), threads));
        WidthSweep sweep = new WidthSweep(base, widths, seeds.get(), threads);
        service.submit(monitor -> JammingSweepResult.analyse(
                sweep.run(monitor, pt -> fxThread.execute(() -> addPoint(gen, pt))), MAX_HESSIAN_WEIGHTS),
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
            SweepPoint near = r.nearestToJamming();
            double[] pooled = near.runs().stream().flatMapToDouble(run -> java.util.Arrays.stream(run.deltas())).toArray();
            gaps.set(JammingFigures.gaps(DeltaHistogram.of(pooled, 1e-4, 2, 24),
                    String.format(Locale.ROOT, "at N = %d (P = %d)", near.weightCount(), near.p()), parameters()));
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
        return JammingFigures.parameters(patterns.get(), inputDim.get(), depth.get(), activation.get().name().toLowerCase(Locale.ROOT),
                seeds.get(), 1);
    }

    @Override
    public void close() {
        service.close();
    }
}
