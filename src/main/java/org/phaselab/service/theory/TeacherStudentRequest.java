package org.phaselab.service.theory;

/** Teacher-student generalization error eps_g(alpha) on a grid of alpha in (0, alphaMax]. */
public record TeacherStudentRequest(double alphaMax, int points) {
    public TeacherStudentRequest {
        if (!(alphaMax > 0 && points >= 2)) {
            throw new IllegalArgumentException("need alphaMax > 0 and at least 2 points");
        }
    }
}
