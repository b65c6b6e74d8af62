package org.phaselab.ui.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.phaselab.export.builders.TheoryFigures;
import org.phaselab.service.theory.EntropyRequest;
import org.phaselab.service.theory.LocalEntropyRequest;
import org.phaselab.service.theory.TeacherStudentRequest;
import org.phaselab.service.theory.TheoryBackend;
import org.phaselab.ui.common.PlotChannel;

/**
 * State of the theory panel: the parameters the sliders set, and the three figures the service
 * computes from them. Every parameter change submits a new request; the service cancels the one in
 * flight and only the newest result reaches a figure. Figures are built off the FX thread.
 */
public final class TheoryViewModel implements AutoCloseable {
    /** Entropy family: margins 0, ..., kappaTop in {@code curveCount} steps. */
    public final DoubleProperty kappaTop = new SimpleDoubleProperty(this, "kappaTop", 0.6);
    public final IntegerProperty curveCount = new SimpleIntegerProperty(this, "curveCount", 4);
    public final DoubleProperty entropyAlphaMax = new SimpleDoubleProperty(this, "entropyAlphaMax", 1.0);
    /** Local entropy: load, student margin, largest reference margin, number of references. */
    public final DoubleProperty leAlpha = new SimpleDoubleProperty(this, "leAlpha", 0.6);
    public final DoubleProperty leKappa = new SimpleDoubleProperty(this, "leKappa", 0.0);
    public final DoubleProperty leKappaRefTop = new SimpleDoubleProperty(this, "leKappaRefTop", 0.3);
    public final IntegerProperty leRefCount = new SimpleIntegerProperty(this, "leRefCount", 4);
    public final DoubleProperty leDMax = new SimpleDoubleProperty(this, "leDMax", 0.12);
    /** Teacher-student: alpha range. */
    public final DoubleProperty tsAlphaMax = new SimpleDoubleProperty(this, "tsAlphaMax", 2.0);

    private final PlotChannel<?> entropy;
    private final PlotChannel<?> localEntropy;
    private final PlotChannel<?> teacherStudent;

    public TheoryViewModel(TheoryBackend backend, Executor fxThread) {
        entropy = new PlotChannel<>("entropy", fxThread,
                () -> entropyRequest(), (r) -> m -> TheoryFigures.entropy(backend.entropy(r, m)));
        localEntropy = new PlotChannel<>("local-entropy", fxThread,
                () -> localEntropyRequest(), (r) -> m -> TheoryFigures.localEntropy(backend.localEntropy(r, m)));
        teacherStudent = new PlotChannel<>("teacher-student", fxThread,
                () -> new TeacherStudentRequest(tsAlphaMax.get(), 200),
                (r) -> m -> TheoryFigures.teacherStudent(backend.teacherStudent(r, m)));
        kappaTop.addListener((o, a, b) -> entropy.request());
        curveCount.addListener((o, a, b) -> entropy.request());
        entropyAlphaMax.addListener((o, a, b) -> entropy.request());
        for (var p : List.of(leAlpha, leKappa, leKappaRefTop, leDMax)) {
            p.addListener((o, a, b) -> localEntropy.request());
        }
        leRefCount.addListener((o, a, b) -> localEntropy.request());
        tsAlphaMax.addListener((o, a, b) -> teacherStudent.request());
    }

    /** Computes all three figures (the default scene at start-up). */
    public void refreshAll() {
        entropy.request();
        localEntropy.request();
        teacherStudent.request();
    }

    public EntropyRequest entropyRequest() {
        int n = Math.max(1, curveCount.get());
        List<Double> kappas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kappas.add(n == 1 ? 0.0 : kappaTop.get() * i / (n - 1));
        }
        return new EntropyRequest(kappas, 0.005, entropyAlphaMax.get(), 200);
    }

    public LocalEntropyRequest localEntropyRequest() {
        int n = Math.max(1, leRefCount.get());
        double k = leKappa.get();
        double top = Math.max(k, leKappaRefTop.get());
        List<Double> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(n == 1 ? top : k + (top - k) * i / (n - 1));
        }
        return new LocalEntropyRequest(leAlpha.get(), k, refs, leDMax.get(), 60);
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
