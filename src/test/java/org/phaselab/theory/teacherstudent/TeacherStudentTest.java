package org.phaselab.theory.teacherstudent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;

/** The teacher-student solver against the literature and against its own saddle-point equations. */
class TeacherStudentTest {
    private final GeneralizingBranch branch = new GeneralizingBranch();

    @ParameterizedTest(name = "{0} = {1} +- {2}")
    @CsvSource({
            // Gyorgyi 1990; Sompolinsky, Tishby & Seung 1990 (THEORY.md section 2)
            "alpha_transition, 1.245, 1e-3",
            "alpha_spinodal,   1.493, 1e-3",
            // typical (Gibbs) student at alpha = 1 (THEORY.md section 7)
            "eps_g(alpha=1),   0.3105, 1e-3",
    })
    void literatureValues(String quantity, double expected, double tolerance) {
        Transitions t = TransitionFinder.standard();
        double value = switch (quantity) {
            case "alpha_transition" -> t.alphaTransition();
            case "alpha_spinodal" -> t.alphaSpinodal();
            case "eps_g(alpha=1)" -> branch.solve(1.0).epsG();
            default -> throw new IllegalArgumentException(quantity);
        };
        assertEquals(expected, value, tolerance);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.3, 1.0, 1.2, 1.4, 1.49})
    void branchSolvesBothSaddleEquations(double alpha) {
        BranchPoint p = branch.solve(alpha);
        assertTrue(p.converged(), p.toString());
        assertTrue(p.residual() <= GeneralizingBranch.TOLERANCE, p.toString());
        // q = int Dz tanh(sqrt(qh) z + qh)
        assertEquals(p.q(), TeacherStudentEquations.magnetization(p.qhat()), 1e-12);
        // qh = 2 alpha psiOut'(q), by a central difference independent of the closed form
        double e = 1e-5;
        double fd = alpha * (TeacherStudentEquations.psiOut(p.q() + e) - TeacherStudentEquations.psiOut(p.q() - e)) / e;
        assertEquals(p.qhat(), fd, 1e-7 * p.qhat());
        // the first root: F decreases through it (the second, unstable root has F increasing)
        double f = TeacherStudentEquations.magnetization(TeacherStudentEquations.conjugate(alpha, p.q() + 1e-4)) - p.q() - 1e-4;
        assertTrue(f < 0, "F just above the root should be negative, got " + f);
    }

    @Test
    void branchEntropyCrossesZeroAtTransitionAndFoldsAtSpinodal() {
        Transitions t = TransitionFinder.standard();
        assertEquals(0, branch.solve(t.alphaTransition()).entropy(), 1e-9);
        assertEquals(t.qTransition(), branch.solve(t.alphaTransition()).q(), 1e-9);
        // the q < 1 root exists just below the spinodal, not just above
        assertTrue(branch.solve(t.alphaSpinodal() - 1e-4).converged());
        assertEquals(BranchPoint.Status.NO_BRANCH, branch.solve(t.alphaSpinodal() + 1e-4).status());
        // and at the fold F has no root just above: max of alpha(q) is the spinodal
        assertTrue(TransitionFinder.alphaOnBranch(t.qSpinodal() - 0.01) < t.alphaSpinodal());
        assertTrue(TransitionFinder.alphaOnBranch(t.qSpinodal() + 0.01) < t.alphaSpinodal());
    }

    @Test
    void equilibriumJumpsToPerfectLearningAtTransition() {
        TeacherStudentCurve curve = new TeacherStudentCurve(branch);
        TeacherStudentState below = curve.at(1.2);
        TeacherStudentState between = curve.at(1.3);
        TeacherStudentState above = curve.at(2.0);
        assertEquals(TeacherStudentState.Phase.GENERALIZING, below.phase());
        assertTrue(below.epsG() > 0.25 && below.entropy() > 0, below.toString());
        assertEquals(TeacherStudentState.Phase.PERFECT, between.phase());
        assertEquals(0.0, between.epsG());
        assertEquals(1.0, between.q());
        assertTrue(between.hasMetastableBranch());
        assertTrue(between.branch().entropy() < 0 && between.branch().epsG() > 0.2, between.toString());
        assertEquals(TeacherStudentState.Phase.PERFECT, above.phase());
        assertFalse(above.hasMetastableBranch());
        assertTrue(above.converged());
    }

    @Test
    void continuationGivesColdSolutionsWithFewerEvaluations() {
        double[] alphas = new double[60];
        for (int i = 0; i < alphas.length; i++) {
            alphas[i] = 0.02 + 1.98 * i / (alphas.length - 1);
        }
        List<TeacherStudentState> states = new TeacherStudentCurve(branch).compute(alphas, Monitor.NONE);
        int warm = 0;
        int cold = 0;
        for (TeacherStudentState s : states) {
            BranchPoint fresh = branch.solve(s.alpha());
            assertEquals(fresh.status(), s.branch().status());
            if (fresh.converged()) {
                assertEquals(fresh.q(), s.branch().q(), 1e-11);
                warm += s.branch().iterations();
                cold += fresh.iterations();
            }
        }
        assertTrue(warm < cold, "continuation " + warm + " vs cold " + cold + " evaluations");
        assertTrue(warm <= 6 * 60, "continuation used " + warm + " evaluations for 60 points");
    }

    @Test
    void anyGuessInsideTheBracketFindsTheFirstRoot() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261126L);
        double qSpinodal = TransitionFinder.standard().qSpinodal();
        double alphaSpinodal = TransitionFinder.standard().alphaSpinodal();
        for (int i = 0; i < 40; i++) {
            double alpha = random.nextDouble(0.01, alphaSpinodal);
            double guess = random.nextDouble(0, qSpinodal);
            BranchPoint fromGuess = branch.solve(alpha, guess);
            assertTrue(fromGuess.converged(), fromGuess.toString());
            assertEquals(branch.solve(alpha).q(), fromGuess.q(), 1e-10, "alpha " + alpha + ", guess " + guess);
        }
    }

    @Test
    void aBracketWithoutRootIsReportedNotGuessed() {
        // a wrong spinodal (q = 0.1) leaves no root of F in [0, q]: the solver must say so, with no number
        Transitions wrong = new Transitions(1.245, 0.69, 1.493, 0.1, 0);
        BranchPoint p = new GeneralizingBranch(wrong).solve(1.0);
        assertEquals(BranchPoint.Status.NOT_CONVERGED, p.status());
        assertTrue(Double.isNaN(p.q()) && Double.isNaN(p.epsG()) && Double.isNaN(p.entropy()));
        TeacherStudentState state = new TeacherStudentCurve(new GeneralizingBranch(wrong)).at(1.0);
        assertEquals(TeacherStudentState.Phase.UNKNOWN, state.phase());
        assertFalse(state.converged());
        assertTrue(Double.isNaN(state.epsG()));
    }

    @Test
    void curveStopsWhenCancelled() {
        AtomicInteger reported = new AtomicInteger();
        Monitor cancelAfterTwo = new Monitor() {
            @Override
            public boolean isCancelled() {
                return reported.get() >= 2;
            }

            @Override
            public void progress(double fraction) {
                reported.incrementAndGet();
            }
        };
        assertThrows(CancelledException.class,
                () -> new TeacherStudentCurve(branch).compute(new double[] {0.5, 0.6, 0.7, 0.8}, cancelAfterTwo));
        assertEquals(2, reported.get());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsNonPhysicalLoad(double alpha) {
        assertThrows(IllegalArgumentException.class, () -> branch.solve(alpha));
    }
}
