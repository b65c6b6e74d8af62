package org.phaselab.ui.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.phaselab.service.theory.Curve;
import org.phaselab.service.theory.CurvePoint;
import org.phaselab.service.theory.EntropyFamily;
import org.phaselab.service.theory.EntropyRequest;
import org.phaselab.service.theory.LocalEntropyFamily;
import org.phaselab.service.theory.LocalEntropyRequest;
import org.phaselab.service.theory.TeacherStudentCurves;
import org.phaselab.service.theory.TeacherStudentRequest;
import org.phaselab.service.theory.Threshold;
import org.phaselab.progress.Monitor;

/** A backend whose curves are simple known functions of the request, slow on purpose, for UI plumbing tests. */
final class FakeTheoryBackend implements org.phaselab.service.theory.TheoryBackend {
    final AtomicInteger localEntropyCalls = new AtomicInteger();
    private final long millisPerCall;

    FakeTheoryBackend(long millisPerCall) {
        this.millisPerCall = millisPerCall;
    }

    static double phi(double alpha, double kappaRef, double d) {
        return alpha * d + kappaRef;
    }

    private void work(Monitor m) {
        long end = System.nanoTime() + millisPerCall * 1_000_000L;
        while (System.nanoTime() < end) {
            m.checkCancelled();
            Thread.onSpinWait();
        }
    }

    @Override
    public EntropyFamily entropy(EntropyRequest r, Monitor m) {
        work(m);
        List<Curve> curves = new ArrayList<>();
        for (double k : r.kappas()) {
            List<CurvePoint> pts = new ArrayList<>();
            for (int i = 0; i < r.points(); i++) {
                double a = r.alphaMin() + (r.alphaMax() - r.alphaMin()) * i / (r.points() - 1);
                double s = Math.log(2) - a - k;
                pts.add(new CurvePoint(a, s, true, s >= 0));
            }
            curves.add(new Curve("s_k" + k, "\\kappa = " + k, k, pts));
        }
        return new EntropyFamily(r, curves, List.of(), new Threshold("", Double.NaN, false, ""));
    }

    @Override
    public TeacherStudentCurves teacherStudent(TeacherStudentRequest r, Monitor m) {
        work(m);
        Curve c = new Curve("eps", "eps", 0, List.of(new CurvePoint(0.1, 0.4, true, true), new CurvePoint(1, 0.3, true, true)));
        Threshold t = new Threshold("t", 1.0, true, "fake");
        return new TeacherStudentCurves(r, c, c, t, t);
    }

    @Override
    public LocalEntropyFamily localEntropy(LocalEntropyRequest r, Monitor m) {
        work(m);
        localEntropyCalls.incrementAndGet(); // counts completed computations only
        List<Curve> curves = new ArrayList<>();
        for (double kr : r.kappaRefs()) {
            List<CurvePoint> pts = new ArrayList<>();
            for (int i = 1; i <= r.points(); i++) {
                double d = r.dMax() * i / r.points();
                pts.add(new CurvePoint(d, phi(r.alpha(), kr, d), true, true));
            }
            curves.add(new Curve("phi_" + kr, "ref " + kr, kr, pts));
        }
        Threshold none = new Threshold("", Double.NaN, false, "");
        return new LocalEntropyFamily(r, curves, curves.get(0), none, none);
    }
}
