package org.phaselab.ui.theory;

import org.phaselab.ui.app.SceneModel;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.phaselab.export.builders.TheoryFigures;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.service.theory.TheoryBackend;
import org.phaselab.ui.common.PlotChannel;

/**
 * State of the theory panel: the parameters the sliders set, and the three figures the service
 * computes from them. Every parameter change submits a new request; the service cancels the one in
 * flight and only the newest result reaches a figure. Figures are built off the FX thread.
 */
public final class TheoryViewModel implements SceneModel<TheoryScene> {
    /** Entropy family: margins 0, ..., kappaTop in {@code curveCount} steps. */
    public final DoubleProperty kappaTop = new SimpleDoubleProperty(this, "kappaTop", TheoryScene.DEFAULT.kappaTop());
    public final IntegerProperty curveCount = new SimpleIntegerProperty(this, "curveCount", TheoryScene.DEFAULT.curveCount());
    public final DoubleProperty entropyAlphaMax = new SimpleDoubleProperty(this, "entropyAlphaMax", TheoryScene.DEFAULT.entropyAlphaMax());
    /** Local entropy: load, student margin, largest reference margin, number of references. */
    public final DoubleProperty leAlpha = new SimpleDoubleProperty(this, "leAlpha", TheoryScene.DEFAULT.leAlpha());
    public final DoubleProperty leKappa = new SimpleDoubleProperty(this, "leKappa", TheoryScene.DEFAULT.leKappa());
    public final DoubleProperty leKappaRefTop = new SimpleDoubleProperty(this, "leKappaRefTop", TheoryScene.DEFAULT.leKappaRefTop());
    public final IntegerProperty leRefCount = new SimpleIntegerProperty(this, "leRefCount", TheoryScene.DEFAULT.leRefCount());
    public final DoubleProperty leDMax = new SimpleDoubleProperty(this, "leDMax", TheoryScene.DEFAULT.leDMax());
    /** Teacher-student: alpha range. */
    public final DoubleProperty tsAlphaMax = new SimpleDoubleProperty(this, "tsAlphaMax", TheoryScene.DEFAULT.tsAlphaMax());

    private final PlotChannel<?> entropy;
    private final PlotChannel<?> localEntropy;
    private final PlotChannel<?> teacherStudent;

    public TheoryViewModel(TheoryBackend backend, Executor fxThread) {
        entropy = new PlotChannel<>("entropy", fxThread,
                () -> scene().entropyRequest(), (r) -> m -> TheoryFigures.entropy(backend.entropy(r, m)));
        localEntropy = new PlotChannel<>("local-entropy", fxThread,
                () -> scene().localEntropyRequest(), (r) -> m -> TheoryFigures.localEntropy(backend.localEntropy(r, m)),
                (r) -> m -> TheoryFigures.localEntropy(backend.localEntropy(r.preview(), m)));
        teacherStudent = new PlotChannel<>("teacher-student", fxThread,
                () -> scene().teacherStudentRequest(),
                (r) -> m -> TheoryFigures.teacherStudent(backend.teacherStudent(r, m)));
        kappaTop.addListener((o, a, b) -> entropy.request());
        curveCount.addListener((o, a, b) -> entropy.request());
        entropyAlphaMax.addListener((o, a, b) -> entropy.request());
        for (var p : List.of(leAlpha, leKappa, leKappaRefTop, leDMax)) {
            p.addListener((o, a, b) -> localEntropy.request());
        }
        leRefCount.addListener((o, a, b) -> localEntropy.request());
        tsAlphaMax.addListener((o, a, b) -> teacherStudent.request());
        // alpha_LE is computed once in the background: redraw the plots that mark it when it arrives
        backend.alphaLocalEntropyWhenReady().thenRun(() -> fxThread.execute(() -> {
            entropy.request();
            localEntropy.request();
        }));
    }

    /** Computes all three figures (the default scene at start-up). */
    public void refreshAll() {
        entropy.request();
        localEntropy.request();
        teacherStudent.request();
    }

    /** The current parameters as one snapshot (throws IllegalArgumentException if out of range). */
    public TheoryScene scene() {
        return new TheoryScene(kappaTop.get(), curveCount.get(), entropyAlphaMax.get(), leAlpha.get(), leKappa.get(),
                leKappaRefTop.get(), leRefCount.get(), leDMax.get(), tsAlphaMax.get());
    }

    /** Sets every parameter from a snapshot (a preset); each change recomputes only its plot. */
    public void apply(TheoryScene s) {
        kappaTop.set(s.kappaTop());
        curveCount.set(s.curveCount());
        entropyAlphaMax.set(s.entropyAlphaMax());
        leAlpha.set(s.leAlpha());
        leKappa.set(s.leKappa());
        leKappaRefTop.set(s.leKappaRefTop());
        leRefCount.set(s.leRefCount());
        leDMax.set(s.leDMax());
        tsAlphaMax.set(s.tsAlphaMax());
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
