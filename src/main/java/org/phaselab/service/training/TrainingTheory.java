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
     * Local energy of the planted teacher on its own data, N -> infinity: flipping a fraction p of the
     * weights rotates w by the angle arccos(1 - 2p), so E(p) = arccos(1 - 2p)/pi (THEORY.md section 7).
     */
    public static double plantedLocalEnergy(double p) {
        return Math.acos(1 - 2 * p) / Math.PI;
    }
}
