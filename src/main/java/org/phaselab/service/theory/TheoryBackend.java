package org.phaselab.service.theory;

import org.phaselab.theory.numerics.Monitor;

/** The theory computations behind the theory panel and the command line's figures. */
public interface TheoryBackend {
    EntropyFamily entropy(EntropyRequest request, Monitor monitor);

    TeacherStudentCurves teacherStudent(TeacherStudentRequest request, Monitor monitor);

    LocalEntropyFamily localEntropy(LocalEntropyRequest request, Monitor monitor);
}
