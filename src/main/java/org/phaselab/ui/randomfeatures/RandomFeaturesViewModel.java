package org.phaselab.ui.randomfeatures;

import org.phaselab.ui.app.SceneModel;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.HashSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.phaselab.export.catalogue.FigureCatalogue;
import org.phaselab.export.catalogue.RandomFeaturesCatalogue;
import org.phaselab.ui.common.SceneProperties;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.phaselab.export.builders.AtypicalFigures;
import org.phaselab.export.builders.LocalEntropyCurvesFigure;
import org.phaselab.export.builders.RandomFeaturesFigures;
import org.phaselab.service.randomfeatures.LocalEntropyLine;
import org.phaselab.service.randomfeatures.AtypicalBackend;
import org.phaselab.service.randomfeatures.LocalEntropyRow;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.service.randomfeatures.OverparameterizationSweep;
import org.phaselab.ui.common.BackgroundJob;
import org.phaselab.ui.common.PlotChannel;

/**
 * State of the random-features panel: the alpha_D of the cut. Three figures computed in the background: the
 * phase diagram (solved once by the backend; a slider move only redraws the cut line), the typical entropy
 * on the cut (~1 s) and the generalization errors on the cut (~5-10 s: one kappa scan per max-margin point).
 * A training sweep over N on demand, with progress and cancel, overlaid on the cut it was run at; a fifth figure
 * shows the local energy of the solutions it found. The local-entropy
 * transition (5-60 s per alpha_D): its line fills the diagram row by row after the alpha_c rows; the cut's alpha_LE is
 * a marker on the cut's plots; the Franz-Parisi curves phi_FP(d) on the cut are a fourth plot ({@link LocalEntropyJobs}).
 */
public final class RandomFeaturesViewModel implements SceneModel<RandomFeaturesScene> {
    /** How alpha_LE is defined, for the panel's help text. */
    public static final String LE_CRITERION = AtypicalBackend.CRITERION;

    /** One property per declared parameter; the training sweep's is not read (a sweep counts once it is on the cut). */
    public final SceneProperties<RandomFeaturesScene> parameters = new SceneProperties<>(this, RandomFeaturesScene.SCHEMA);
    public final DoubleProperty alphaD = parameters.number(RandomFeaturesScene.ALPHA_D);
    /** The last finished training sweep (any alpha_D; drawn only on the cut of its own alpha_D). */
    public final ObjectProperty<OverparameterizationSweep> measured = new SimpleObjectProperty<>(this, "measured");
    /** The training sweep in the background: busy, progress, and why the last did not finish (failed or cancelled). */
    public final BackgroundJob<OverparameterizationSweep> training;

    /** What a plot of the cut needs: the scene and the sweep to overlay (null if none at this alpha_D). */
    public record CutRequest(RandomFeaturesScene scene, OverparameterizationSweep measured) {}

    /** What the phase diagram needs: the cut, and the local-entropy line as far as it is computed. */
    public record DiagramRequest(CutRequest cut, LocalEntropyLine line) {}

    /** What the local-entropy curves need: the cut's alpha_D and its alpha_LE row (null while computed). */
    public record CurvesRequest(double alphaD, LocalEntropyRow alphaLE) {}

    private final RandomFeaturesBackend backend;
    private final FigureCatalogue<RandomFeaturesScene> figures;
    private final PlotChannel<DiagramRequest> diagram;
    private final PlotChannel<CutRequest> entropy;
    private final PlotChannel<CutRequest> errors;
    private final PlotChannel<CutRequest> localEnergy;
    private final PlotChannel<CurvesRequest> curves;
    private final LocalEntropyJobs localEntropy;
    /** alpha_LE at the cut as the plots of the cut read it when they finish (written on the FX thread). */
    private volatile LocalEntropyJobs.AtCut atCut;
    /** Cut plots that were busy when alpha_LE arrived: redrawn (from the backend's kept cut) when they finish. */
    private final Set<PlotChannel<CutRequest>> staleCutPlots = new HashSet<>();
    /** Whether the local-entropy work has been started (the panel was shown once). */
    private boolean localEntropyOn;

    public RandomFeaturesViewModel(RandomFeaturesBackend backend, Executor fxThread) {
        this.backend = backend;
        localEntropy = new LocalEntropyJobs(backend, fxThread);
        diagram = new PlotChannel<>("rf-diagram", fxThread, () -> new DiagramRequest(cutRequest(), localEntropy.line.get()),
                r -> m -> RandomFeaturesFigures.phaseDiagram(backend.phaseDiagram(m), r.cut().scene().alphaD(),
                        r.cut().measured(), r.line()));
        entropy = new PlotChannel<>("rf-entropy", fxThread, this::cutRequest,
                r -> m -> RandomFeaturesFigures.entropy(backend.cut(r.scene().alphaD(), false, m), r.measured(),
                        LocalEntropyRow.thresholdOf(alphaLEAt(r.scene().alphaD()))));
        errors = new PlotChannel<>("rf-errors", fxThread, this::cutRequest,
                r -> m -> RandomFeaturesFigures.errors(backend.cut(r.scene().alphaD(), true, m), r.measured(),
                        LocalEntropyRow.thresholdOf(alphaLEAt(r.scene().alphaD()))));
        curves = new PlotChannel<>("rf-le-curves", fxThread, () -> new CurvesRequest(alphaD.get(), alphaLEAt(alphaD.get())),
                r -> m -> LocalEntropyCurvesFigure.of(backend.atypical().curves(r.alphaD(),
                        backend.cut(r.alphaD(), false, m).interpolation(), LocalEntropyRow.thresholdOf(r.alphaLE()), m)))
                .onlyWhenChanged(); // minutes of Franz-Parisi curves: not restarted when a training sweep or a row lands
        localEnergy = new PlotChannel<>("rf-local-energy", fxThread, this::cutRequest,
                r -> m -> RandomFeaturesFigures.localEnergy(backend.cut(r.scene().alphaD(), false, m), r.measured()));
        for (PlotChannel<?> c : List.of(diagram, entropy, errors, curves, localEnergy)) {
            c.describing(parameters, List.of(RandomFeaturesScene.ALPHA_D));
        }
        figures = RandomFeaturesCatalogue.of(backend, 1);
        training = new BackgroundJob<>("rf-training", fxThread, "Training failed: ", "Training cancelled");
        alphaD.addListener((o, a, b) -> refreshAll());
        measured.addListener((o, a, b) -> refreshAll());
        localEntropy.line.addListener((o, a, b) -> diagram.request());
        localEntropy.atCut.addListener((o, a, b) -> alphaLEArrived(a, b));
        for (PlotChannel<CutRequest> c : List.of(entropy, errors)) {
            c.busyProperty().addListener((o, was, is) -> {
                if (!is && staleCutPlots.remove(c)) {
                    c.request();
                }
            });
        }
    }

    /** alpha_LE at alphaD if the cut job has it, else null (computing). */
    private LocalEntropyRow alphaLEAt(double aD) {
        LocalEntropyJobs.AtCut c = atCut;
        return c != null && c.alphaD() == aD ? c.result() : null;
    }

    /** The cut's alpha_LE arrived (or was reset for a new cut): the cut plots show its marker, the curves use it. */
    private void alphaLEArrived(LocalEntropyJobs.AtCut before, LocalEntropyJobs.AtCut now) {
        atCut = now;
        if (now == null || now.result() == null) {
            return;
        }
        for (PlotChannel<CutRequest> c : List.of(entropy, errors)) {
            if (c.busyProperty().get()) {
                staleCutPlots.add(c);
            } else {
                c.request();
            }
        }
        curves.request();
    }

    private CutRequest cutRequest() {
        RandomFeaturesScene s = scene();
        return new CutRequest(s, s.trainingSweep() ? measured.get() : null);
    }

    /**
     * The current parameters as one snapshot (throws IllegalArgumentException if out of range); the training
     * sweep counts as part of the scene when its points are on the current cut.
     */
    public RandomFeaturesScene scene() {
        OverparameterizationSweep m = measured.get();
        return new RandomFeaturesScene(alphaD.get(), m != null && m.alphaD() == alphaD.get());
    }

    @Override
    public SceneProperties<RandomFeaturesScene> parameters() {
        return parameters;
    }

    /** The panel's figures: ids, titles, inputs (their computations are the catalogue's, the app's channels above). */
    public FigureCatalogue<RandomFeaturesScene> catalogue() {
        return figures;
    }

    /** True while alpha_LE at the cut is computed: the cut's plots will be redrawn with its marker when it arrives. */
    public BooleanBinding alphaLEComputing() {
        return Bindings.createBooleanBinding(() -> localEntropy.atCut.get() != null && localEntropy.atCut.get().result() == null,
                localEntropy.atCut);
    }

    /** Sets every parameter from a snapshot (a preset) and starts its training sweep if it has one. */
    public void apply(RandomFeaturesScene s) {
        alphaD.set(s.alphaD());
        if (s.trainingSweep() && !scene().trainingSweep()) {
            train();
        }
    }

    /**
     * Recomputes every plot of the current cut; once the panel has been shown, also starts (or resumes) the
     * local-entropy line, the cut's alpha_LE and the curves.
     */
    public void refreshAll() {
        if (localEntropyOn) {
            refreshLocalEntropy(); // first, so the cut's plots read this cut's alpha_LE
        }
        diagram.request();
        entropy.request();
        errors.request();
        localEnergy.request();
    }

    /**
     * The panel is on screen: the local-entropy work starts now, not when the app opens (seconds of both cores
     * that the other panels, or a window that never shows this tab, should not pay for).
     */
    public void panelShown() {
        if (!localEntropyOn) {
            localEntropyOn = true;
            refreshLocalEntropy();
        }
    }

    /** alpha_LE at the cut (the cut's plots are redrawn when it arrives), the curves, and the line's next rows. */
    private void refreshLocalEntropy() {
        localEntropy.requestAtCut(alphaD.get());
        atCut = localEntropy.atCut.get();
        curves.request();
        localEntropy.startLine();
    }

    /** The local-entropy line: as far as computed, its busy flag, progress and why it stopped. */
    public ReadOnlyObjectProperty<LocalEntropyLine> localEntropyLine() {
        return localEntropy.line;
    }

    /** One status line for the panel: rows of the line computed, failed, missing, and why it stopped. */
    public StringBinding localEntropyStatus() {
        return Bindings.createStringBinding(() -> {
            LocalEntropyLine l = localEntropy.line.get();
            String m = localEntropy.lineMessage.get();
            return "Local-entropy line: " + AtypicalFigures.lineNote(l) + (m.isEmpty() ? "" : ". " + m)
                    + (localEntropy.lineBusy.get() ? ". Computing…" : "");
        }, localEntropy.line, localEntropy.lineMessage, localEntropy.lineBusy);
    }

    public ReadOnlyBooleanProperty localEntropyBusy() {
        return localEntropy.lineBusy;
    }

    public ReadOnlyDoubleProperty localEntropyProgress() {
        return localEntropy.lineProgress;
    }

    public ReadOnlyStringProperty localEntropyMessage() {
        return localEntropy.lineMessage;
    }

    public void cancelLocalEntropy() {
        localEntropy.cancelLine();
    }

    /** Starts a training sweep over N at the current alpha_D. */
    public void train() {
        double aD = alphaD.get();
        training.submit(m -> backend.trainingSweep(aD, m), measured::set);
    }

    public void cancelTraining() {
        training.cancel();
    }

    public PlotChannel<CurvesRequest> curvesChannel() {
        return curves;
    }

    public PlotChannel<DiagramRequest> diagramChannel() {
        return diagram;
    }

    public PlotChannel<CutRequest> entropyChannel() {
        return entropy;
    }

    public PlotChannel<CutRequest> errorsChannel() {
        return errors;
    }

    /** The local energy of the solutions the training sweep found, vs N/P (empty axes before a sweep). */
    public PlotChannel<CutRequest> localEnergyChannel() {
        return localEnergy;
    }

    @Override
    public void close() {
        diagram.close();
        entropy.close();
        errors.close();
        localEnergy.close();
        curves.close();
        training.close();
        localEntropy.close();
    }
}
