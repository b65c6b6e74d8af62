package org.phaselab.theory.teacherstudent;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.progress.Monitor;

/**
 * Teacher-student states along a list of loads, by continuation: each point starts Newton from the previous
 * converged branch point, so a dense curve costs a few evaluations of F per point. Reports progress and stops
 * between points when the {@link Monitor} asks ({@link org.phaselab.progress.CancelledException}).
 */
public final class TeacherStudentCurve {
    private final GeneralizingBranch branch;

    public TeacherStudentCurve() {
        this(new GeneralizingBranch());
    }

    public TeacherStudentCurve(GeneralizingBranch branch) {
        this.branch = branch;
    }

    /** One state per alpha, in the given order (any order; continuation helps most when it is monotonic). */
    public List<TeacherStudentState> compute(double[] alphas, Monitor monitor) {
        List<TeacherStudentState> states = new ArrayList<>(alphas.length);
        BranchPoint previous = null;
        for (int i = 0; i < alphas.length; i++) {
            monitor.checkCancelled();
            BranchPoint point = previous != null && previous.converged()
                    ? branch.solve(alphas[i], previous.q())
                    : branch.solve(alphas[i]);
            states.add(TeacherStudentState.of(point));
            previous = point;
            monitor.progress((i + 1.0) / alphas.length);
        }
        return states;
    }

    /** Convenience: one state at one load (no continuation). */
    public TeacherStudentState at(double alpha) {
        return TeacherStudentState.of(branch.solve(alpha));
    }
}
