package org.phaselab.service.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phaselab.theory.numerics.Monitor;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;

/** The replica-symmetric solvers behind the theory panel, turned into labelled curves and thresholds. */
public final class RsTheoryBackend implements TheoryBackend {
    private final BinaryStorage storage = new BinaryStorage();

    @Override
    public EntropyFamily entropy(EntropyRequest r, Monitor monitor) {
        List<Curve> curves = new ArrayList<>();
        List<Threshold> capacities = new ArrayList<>();
        int n = r.kappas().size();
        for (int i = 0; i < n; i++) {
            double kappa = r.kappas().get(i);
            Monitor sub = SubMonitor.of(monitor, i, n);
            List<CurvePoint> pts = new ArrayList<>();
            // the RS solution with q < 1 exists only below alpha_GD(kappa) (THEORY.md section 1): the curve ends there
            double alphaEnd = Math.min(r.alphaMax(), BinaryStorage.alphaGD(kappa) * (1 - 1e-9));
            for (StoragePoint p : storage.curve(kappa, r.alphaMin(), alphaEnd, r.points(), sub)) {
                pts.add(p.converged() ? new CurvePoint(p.alpha(), p.entropy(), true, p.physical()) : CurvePoint.failed(p.alpha()));
            }
            String k = String.format(Locale.ROOT, "%.2f", kappa);
            curves.add(new Curve("entropy_kappa" + k, "\\kappa = " + k, kappa, pts));
            RootResult c = storage.capacity(kappa);
            capacities.add(new Threshold("\\alpha_c", c.root(), c.converged(), "s(\\alpha_c, \\kappa) = 0"));
        }
        return new EntropyFamily(r, curves, capacities);
    }

    @Override
    public TeacherStudentCurves teacherStudent(TeacherStudentRequest request, Monitor monitor) {
        throw new IllegalStateException("teacher-student solver not merged yet");
    }

    @Override
    public LocalEntropyFamily localEntropy(LocalEntropyRequest request, Monitor monitor) {
        throw new IllegalStateException("local-entropy solver not merged yet");
    }
}
