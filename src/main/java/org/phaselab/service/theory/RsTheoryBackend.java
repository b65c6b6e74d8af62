package org.phaselab.service.theory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.phaselab.service.ComputePool;
import org.phaselab.theory.largedeviation.FreeReferenceLocalEntropy;
import org.phaselab.theory.largedeviation.LargeDeviationPoint;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;
import org.phaselab.theory.teacherstudent.BranchPoint;
import org.phaselab.theory.teacherstudent.GeneralizingBranch;
import org.phaselab.theory.teacherstudent.TeacherStudentCurve;
import org.phaselab.theory.teacherstudent.TeacherStudentState;
import org.phaselab.theory.teacherstudent.TransitionFinder;
import org.phaselab.theory.teacherstudent.Transitions;

/** The replica-symmetric solvers behind the theory panel, turned into labelled curves and thresholds. */
public final class RsTheoryBackend implements TheoryBackend {
    /** Stateless and thread-safe: one for every request, and for the command line without building a backend. */
    private static final BinaryStorage STORAGE = new BinaryStorage();
    private final GeneralizingBranch branch = new GeneralizingBranch();
    private final TeacherStudentCurve teacherStudent = new TeacherStudentCurve(branch);

    @Override
    public java.util.concurrent.CompletionStage<Threshold> alphaLocalEntropyWhenReady() {
        return LocalEntropyThreshold.whenBothReady();
    }

    @Override
    public List<Threshold> largeDeviationThresholdsIfReady() {
        return LocalEntropyThreshold.largeDeviationIfReady();
    }

    /**
     * The storage entropy at count equally spaced loads from alphaFrom to alphaTo, each started from the last ones: the
     * one path of the panel's curves and of {@code theory storage --alpha-range} (which reports the loads beyond
     * alpha_GD as not converged, with the reason).
     */
    public static List<StoragePoint> storageCurve(double kappa, double alphaFrom, double alphaTo, int count, Monitor monitor) {
        return STORAGE.curve(kappa, alphaFrom, alphaTo, count, monitor);
    }

    /**
     * Where a drawn entropy curve ends: at alphaMax or just below alpha_GD(kappa), whichever is first (the RS solution
     * with q &lt; 1 exists only below alpha_GD, THEORY.md section 1).
     */
    static double drawnEnd(double kappa, double alphaMax) {
        return Math.min(alphaMax, BinaryStorage.alphaGD(kappa) * (1 - 1e-9));
    }

    @Override
    public EntropyFamily entropy(EntropyRequest r, Monitor monitor) {
        // one curve and its capacity per margin, independent: side by side on the compute pool (one per core)
        record Member(Curve curve, Threshold capacity) {}
        List<Function<Monitor, Member>> tasks = new ArrayList<>();
        for (double kappa : r.kappas()) {
            tasks.add(m -> {
                List<CurvePoint> pts = new ArrayList<>();
                List<StoragePoint> curve = storageCurve(kappa, r.alphaMin(), drawnEnd(kappa, r.alphaMax()), r.points(), m);
                for (StoragePoint p : curve) {
                    pts.add(p.converged() ? new CurvePoint(p.alpha(), p.entropy(), true, p.physical())
                            : CurvePoint.failed(p.alpha()));
                }
                String k = String.format(Locale.ROOT, "%.2f", kappa);
                RootResult c = STORAGE.capacity(kappa, curve);
                return new Member(new Curve("entropy_kappa" + k, "\\kappa = " + k, kappa, pts),
                        new Threshold("\\alpha_c", c.root(), c.converged(), "s(\\alpha_c, \\kappa) = 0"));
            });
        }
        List<Member> members = ComputePool.all(tasks, monitor);
        return new EntropyFamily(r, members.stream().map(Member::curve).toList(),
                members.stream().map(Member::capacity).toList(), LocalEntropyThreshold.valueIfReady(),
                LocalEntropyThreshold.largeDeviationIfReady());
    }

    @Override
    public TeacherStudentCurves teacherStudent(TeacherStudentRequest r, Monitor monitor) {
        Transitions t = TransitionFinder.standard();
        double[] alphas = new double[r.points()];
        for (int i = 0; i < alphas.length; i++) {
            alphas[i] = r.alphaMax() * (i + 1) / alphas.length;
        }
        List<TeacherStudentState> states = teacherStudent.compute(alphas, monitor);
        List<CurvePoint> equilibrium = new ArrayList<>();
        List<CurvePoint> metastable = new ArrayList<>();
        boolean jumped = false;
        for (TeacherStudentState s : states) {
            if (!jumped && s.alpha() > t.alphaTransition()) {
                // draw the first-order jump as a vertical segment at alpha_transition
                BranchPoint atJump = branch.solve(t.alphaTransition(), t.qTransition());
                equilibrium.add(atJump.converged()
                        ? new CurvePoint(t.alphaTransition(), atJump.epsG(), true, true) : CurvePoint.failed(t.alphaTransition()));
                equilibrium.add(new CurvePoint(t.alphaTransition(), 0.0, true, true));
                metastable.add(equilibrium.get(equilibrium.size() - 2));
                jumped = true;
            }
            equilibrium.add(s.converged() ? new CurvePoint(s.alpha(), s.epsG(), true, true) : CurvePoint.failed(s.alpha()));
            if (s.hasMetastableBranch()) {
                metastable.add(new CurvePoint(s.alpha(), s.branch().epsG(), true, true));
            }
        }
        if (r.alphaMax() > t.alphaSpinodal()) {
            // the metastable branch ends at the spinodal (a fold: q_spinodal is where it turns back)
            metastable.add(new CurvePoint(t.alphaSpinodal(), Math.acos(t.qSpinodal()) / Math.PI, true, true));
        }
        Curve eq = new Curve("eps_g_equilibrium", "\\varepsilon_g\\text{ (equilibrium)}", 0, equilibrium);
        Curve meta = new Curve("eps_g_metastable", "\\text{metastable}", 0, metastable);
        return new TeacherStudentCurves(r, eq, meta,
                new Threshold("\\alpha_{1st}", t.alphaTransition(), true, "entropy of the q < 1 branch reaches 0"),
                new Threshold("\\alpha_{sp}", t.alphaSpinodal(), true, "the q < 1 branch ends (fold)"));
    }

    @Override
    public LocalEntropyFamily localEntropy(LocalEntropyRequest r, Monitor monitor) {
        double[] d = new double[r.points()];
        List<CurvePoint> bound = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            d[i] = r.dMax() * (i + 1) / d.length;
            bound.add(new CurvePoint(d[i], Gaussian.binaryEntropy(d[i]), true, true));
        }
        RootResult kMax = STORAGE.kappaMax(r.alpha());
        Threshold kappaMax = new Threshold("\\kappa_{max}", kMax.root(), kMax.converged(), "s(\\alpha, \\kappa_{max}) = 0");
        FranzParisi.Precision precision = r.isPreview() ? FranzParisi.Precision.PREVIEW : FranzParisi.Precision.CAREFUL;
        List<Function<Monitor, Curve>> tasks = new ArrayList<>();
        Set<Double> seen = new HashSet<>();
        for (double asked : r.kappaRefs()) {
            // references exist only up to kappa_max(alpha): a higher margin is drawn at kappa_max and says so
            double kRef = kMax.converged() ? Math.min(asked, kMax.root()) : asked;
            if (!seen.add(kRef)) {
                continue; // several margins above kappa_max all land on it: one curve, not the same one drawn again
            }
            tasks.add(m -> localEntropyCurve(r, asked, kRef, d, precision, m));
        }
        // the large-deviation curve (best reference at each d) is one more independent task; not in the preview drawn
        // while a slider moves, which must stay within a frame or two
        boolean withLargeDeviation = !r.isPreview();
        if (withLargeDeviation) {
            tasks.add(m -> largeDeviationCurve(r, d, m));
        }
        // the curves are independent: one per core
        List<Curve> all = ComputePool.all(tasks, monitor);
        List<Curve> curves = withLargeDeviation ? all.subList(0, all.size() - 1) : all;
        Curve upper = new Curve("h2", "H_2(d)", Double.NaN, bound);
        return new LocalEntropyFamily(r, curves, upper, kappaMax, LocalEntropyThreshold.valueIfReady(),
                withLargeDeviation ? all.get(all.size() - 1) : null);
    }

    /**
     * S_LD(d), y -&gt; infinity, free reference (docs/large-deviation.md LD 3-4): where the saddle does not exist (above
     * alpha_U, below the branch's end) the points are gaps with the reason.
     */
    private static Curve largeDeviationCurve(LocalEntropyRequest r, double[] d, Monitor monitor) {
        List<CurvePoint> pts = new ArrayList<>();
        String failure = null;
        try {
            for (LargeDeviationPoint p : new FreeReferenceLocalEntropy(r.alpha(), r.kappa()).curve(d, monitor)) {
                pts.add(p.converged() ? new CurvePoint(p.d(), p.localEntropy(), true, true) : CurvePoint.failed(p.d()));
                if (!p.converged() && failure == null) {
                    failure = "large deviation: " + p.convergence().reason();
                }
            }
        } catch (IllegalArgumentException noSaddle) {
            for (double x : d) {
                pts.add(CurvePoint.failed(x));
            }
            failure = "large deviation: " + noSaddle.getMessage();
        }
        return new Curve("s_ld", "S_{LD}(d),~\\text{densest reference}", Double.NaN, pts, failure);
    }

    private static Curve localEntropyCurve(LocalEntropyRequest r, double asked, double kRef, double[] d,
                                           FranzParisi.Precision precision, Monitor monitor) {
        String label = String.format(Locale.ROOT, "\\tilde{\\kappa} = %.3f", kRef) + (kRef < asked ? "~(\\kappa_{max})" : "");
        String key = String.format(Locale.ROOT, "phi_fp_kref%.3f", kRef);
        List<CurvePoint> pts = new ArrayList<>();
        String failure = null;
        try {
            for (LocalEntropyPoint p : new FranzParisi(Reference.of(r.alpha(), kRef), r.kappa(), precision).curve(d, monitor)) {
                pts.add(p.converged() ? new CurvePoint(p.d(), p.phi(), true, true) : CurvePoint.failed(p.d()));
                if (!p.converged() && failure == null) {
                    failure = String.format(Locale.ROOT, "\u03ba\u0303 = %.3f: %s", kRef, p.convergence().reason());
                }
            }
        } catch (IllegalArgumentException noReference) {
            for (double x : d) {
                pts.add(CurvePoint.failed(x));
            }
            failure = noReference.getMessage();
        }
        return new Curve(key, label, kRef, pts, failure);
    }
}
