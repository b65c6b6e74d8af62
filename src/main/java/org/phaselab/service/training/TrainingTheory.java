package org.phaselab.service.training;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.phaselab.service.theory.EntropyRequest;
import org.phaselab.service.theory.TeacherStudentCurves;
import org.phaselab.service.theory.TeacherStudentRequest;
import org.phaselab.service.theory.TheoryBackend;
import org.phaselab.service.theory.Threshold;
import org.phaselab.progress.Monitor;

/**
 * The theory curves the lab's measurements land on, from the theory panel's backend and cached (they
 * do not depend on N or the seed): the teacher-student eps_g(alpha) of Gibbs learning, the storage
 * capacity alpha_c(kappa = 0) of the binary perceptron, and the planted teacher's local energy.
 * Thread-safe.
 */
public final class TrainingTheory {
    /** Points of the eps_g curve. */
    static final int TEACHER_STUDENT_POINTS = 200;

    private final TheoryBackend backend;
    private final Map<Double, TeacherStudentCurves> teacherStudent = new ConcurrentHashMap<>();
    private volatile Threshold capacity;

    public TrainingTheory(TheoryBackend backend) {
        this.backend = backend;
    }

    /** eps_g(alpha) on (0, alphaMax] (THEORY.md section 2). */
    public TeacherStudentCurves teacherStudent(double alphaMax, Monitor monitor) {
        TeacherStudentCurves c = teacherStudent.get(alphaMax);
        if (c == null) {
            c = backend.teacherStudent(new TeacherStudentRequest(alphaMax, TEACHER_STUDENT_POINTS), monitor);
            teacherStudent.put(alphaMax, c);
        }
        return c;
    }

    /** alpha_c at kappa = 0 (THEORY.md section 1: 0.833). */
    public Threshold capacity(Monitor monitor) {
        Threshold c = capacity;
        if (c == null) {
            c = backend.entropy(new EntropyRequest(List.of(0.0), 0.5, 0.8, 2), monitor).capacities().get(0);
            capacity = c;
        }
        return c;
    }

    /**
     * Further reference lines of the frontier figure beside alpha_c, the RS alpha_LE and the literature band: the
     * large-deviation alpha_LE (RS, y -&gt; infinity, docs/large-deviation.md LD 6) once the backend has it, with its
     * criterion; the figure draws every converged one as a reference marker and names the others in its note.
     */
    public List<Threshold> frontierReferences() {
        List<Threshold> ld = backend.largeDeviationThresholdsIfReady();
        return ld.isEmpty() ? List.of() : List.of(ld.get(0));
    }

    /** alpha_LE (RS, THEORY.md section 3) if the theory backend has computed it, else a not-converged placeholder. */
    public Threshold alphaLocalEntropyIfReady() {
        return backend.alphaLocalEntropyWhenReady().toCompletableFuture()
                .getNow(new Threshold("\\alpha_{LE}", Double.NaN, false, "being computed"));
    }

    /** alpha_LE, waiting for the backend (a few seconds on first use); throws CancelledException if the monitor says so. */
    public Threshold alphaLocalEntropy(Monitor monitor) {
        java.util.concurrent.CompletableFuture<Threshold> f = backend.alphaLocalEntropyWhenReady().toCompletableFuture();
        while (true) {
            monitor.checkCancelled();
            try {
                return f.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // poll the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.phaselab.progress.CancelledException();
            } catch (java.util.concurrent.ExecutionException e) {
                return new Threshold("\\alpha_{LE}", Double.NaN, false, "failed: " + e.getCause().getMessage());
            }
        }
    }

    /**
     * Local energy of the planted teacher on its own data, N -> infinity: flipping a fraction p of the
     * weights rotates w by the angle arccos(1 - 2p), so E(p) = arccos(1 - 2p)/pi (THEORY.md section 7).
     */
    public static double plantedLocalEnergy(double p) {
        return Math.acos(1 - 2 * p) / Math.PI;
    }
}
