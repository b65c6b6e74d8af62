package org.phaselab.service.theory;

import org.phaselab.theory.numerics.Monitor;

/** Placeholder until the solvers land on main (replaced at merge). */
public final class RsTheoryBackend implements TheoryBackend {
    @Override
    public EntropyFamily entropy(EntropyRequest request, Monitor monitor) {
        throw new IllegalStateException("storage solver not merged yet");
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
