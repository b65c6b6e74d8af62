package org.phaselab.ui.theory;

import org.phaselab.ui.app.SceneModel;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import org.phaselab.export.catalogue.FigureCatalogue;
import org.phaselab.export.catalogue.FigureEntry;
import org.phaselab.export.catalogue.TheoryCatalogue;
import org.phaselab.service.param.Param;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.service.theory.TheoryBackend;
import org.phaselab.ui.common.PlotChannel;
import org.phaselab.ui.common.SceneProperties;

/**
 * State of the theory panel: the parameters the sliders set, and the three figures the service
 * computes from them. Every parameter change submits a new request; the service cancels the one in
 * flight and only the newest result reaches a figure. Figures are built off the FX thread.
 */
public final class TheoryViewModel implements SceneModel<TheoryScene> {
    /** One property per declared parameter ({@link TheoryScene#SCHEMA}). */
    public final SceneProperties<TheoryScene> parameters = new SceneProperties<>(this, TheoryScene.SCHEMA);
    public final DoubleProperty kappaTop = parameters.number(TheoryScene.KAPPA_TOP);
    public final IntegerProperty curveCount = parameters.integer(TheoryScene.CURVE_COUNT);
    public final DoubleProperty entropyAlphaMax = parameters.number(TheoryScene.ENTROPY_ALPHA_MAX);
    public final DoubleProperty leAlpha = parameters.number(TheoryScene.LE_ALPHA);
    public final DoubleProperty leKappa = parameters.number(TheoryScene.LE_KAPPA);
    public final DoubleProperty leKappaRefTop = parameters.number(TheoryScene.LE_KAPPA_REF_TOP);
    public final IntegerProperty leRefCount = parameters.integer(TheoryScene.LE_REF_COUNT);
    public final DoubleProperty leDMax = parameters.number(TheoryScene.LE_D_MAX);
    public final DoubleProperty tsAlphaMax = parameters.number(TheoryScene.TS_ALPHA_MAX);

    private final PlotChannel<?> entropy;
    private final PlotChannel<?> localEntropy;
    private final PlotChannel<?> teacherStudent;

    public TheoryViewModel(TheoryBackend backend, Executor fxThread) {
        FigureCatalogue<TheoryScene> figures = TheoryCatalogue.of(backend);
        localEntropy = channel(figures.entry("local-entropy"), fxThread);
        entropy = channel(figures.entry("entropy"), fxThread);
        teacherStudent = channel(figures.entry("teacher-student"), fxThread);
        // alpha_LE is computed once in the background: redraw the plots that mark it when it arrives
        backend.alphaLocalEntropyWhenReady().thenRun(() -> fxThread.execute(() -> {
            entropy.request();
            localEntropy.request();
        }));
    }

    private PlotChannel<TheoryScene> channel(FigureEntry<TheoryScene> entry, Executor fxThread) {
        PlotChannel<TheoryScene> c = PlotChannel.of(entry, fxThread, this::scene);
        parameters.onChange(c::request, entry.inputs().toArray(Param<?>[]::new));
        return c;
    }

    /** Computes all three figures (the default scene at start-up). */
    public void refreshAll() {
        entropy.request();
        localEntropy.request();
        teacherStudent.request();
    }

    /** The current parameters as one snapshot (throws IllegalArgumentException if out of range). */
    public TheoryScene scene() {
        return parameters.scene();
    }

    /** Sets every parameter from a snapshot (a preset); each change recomputes only its plot. */
    public void apply(TheoryScene s) {
        parameters.apply(s);
    }

    public PlotChannel<?> entropyChannel() {
        return entropy;
    }

    public PlotChannel<?> localEntropyChannel() {
        return localEntropy;
    }

    public PlotChannel<?> teacherStudentChannel() {
        return teacherStudent;
    }

    @Override
    public void close() {
        entropy.close();
        localEntropy.close();
        teacherStudent.close();
    }
}
