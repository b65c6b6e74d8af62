package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.teacherstudent.BranchPoint;
import org.phaselab.theory.teacherstudent.TeacherStudentCurve;
import org.phaselab.theory.teacherstudent.TeacherStudentState;
import org.phaselab.theory.teacherstudent.TransitionFinder;
import org.phaselab.theory.teacherstudent.Transitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory teacher-student}: Gibbs learning of a binary teacher by a binary perceptron (THEORY.md section 2).
 * The keys q, qhat, entropy, eps_g describe the equilibrium: above the transition that is perfect learning
 * (q = 1, entropy 0, eps_g 0, qhat infinite, written null), and the q &lt; 1 branch, where it still exists, is
 * reported under "metastable". "branch" names the equilibrium: "generalizing" (q &lt; 1) or "perfect".
 */
@Command(name = "teacher-student", mixinStandardHelpOptions = true,
        description = {"Teacher-student binary perceptron (Gibbs learning, RS, Nishimori line), as JSON.",
                "--alpha A: the equilibrium state {alpha, q, qhat, entropy, eps_g, converged, branch, metastable};",
                "  branch is 'generalizing' (q < 1) or 'perfect' (q = 1, eps_g = 0, qhat infinite -> null);",
                "  metastable is the q < 1 branch between the transition and the spinodal, else null.",
                "--transitions: {alpha_transition, alpha_spinodal}.",
                "--alpha-range FROM:TO:COUNT: {points: [{alpha, q, entropy, eps_g, converged, branch, metastable}], seconds}."})
public final class TheoryTeacherStudentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha", description = "load P/N (> 0)")
    Double alpha;

    @Option(names = "--transitions", description = "the first-order transition and the spinodal")
    boolean transitions;

    @Option(names = "--alpha-range", paramLabel = "FROM:TO:COUNT", description = "a curve over alpha (all > 0)")
    String alphaRange;

    @Override
    public Integer call() {
        int chosen = (alpha != null ? 1 : 0) + (transitions ? 1 : 0) + (alphaRange != null ? 1 : 0);
        if (chosen != 1) {
            throw new BadInputException("give exactly one of --alpha A, --transitions, --alpha-range FROM:TO:COUNT");
        }
        if (transitions) {
            Transitions t = TransitionFinder.standard();
            ObjectNode out = Json.object();
            Json.putNumber(out, "alpha_transition", t.alphaTransition());
            Json.putNumber(out, "alpha_spinodal", t.alphaSpinodal());
            Json.print(spec.commandLine().getOut(), out);
            return ExitCodes.OK;
        }
        return alpha != null ? single(alpha) : curve(alphaRange);
    }

    private int single(double a) {
        Ranges.requirePositive("--alpha", a, Limits.MAX_ALPHA);
        TeacherStudentState state = new TeacherStudentCurve().at(a);
        ObjectNode out = Json.object();
        write(out, state, true);
        Json.print(spec.commandLine().getOut(), out);
        return state.converged() ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    private int curve(String text) {
        double[] alphas = Ranges.parseAlphaGrid("--alpha-range", text).points();
        TeacherStudentCurve solver = new TeacherStudentCurve();
        TransitionFinder.standard(); // the model's constants, computed once per process: start-up, not curve time
        long start = System.nanoTime();
        List<TeacherStudentState> states = solver.compute(alphas, Monitor.NONE);
        double seconds = (System.nanoTime() - start) * 1e-9;
        ObjectNode out = Json.object();
        ArrayNode points = out.putArray("points");
        boolean allConverged = true;
        for (TeacherStudentState s : states) {
            write(points.addObject(), s, false);
            allConverged &= s.converged();
        }
        out.put("seconds", seconds);
        Json.print(spec.commandLine().getOut(), out);
        return allConverged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    private static void write(ObjectNode node, TeacherStudentState s, boolean withConjugate) {
        Json.putNumber(node, "alpha", s.alpha());
        Json.putNumber(node, "q", s.q());
        if (withConjugate) {
            Json.putNumber(node, "qhat", s.qhat());
        }
        Json.putNumber(node, "entropy", s.entropy());
        Json.putNumber(node, "eps_g", s.epsG());
        Json.putConvergence(node, s.branch().convergence());
        switch (s.phase()) {
            case GENERALIZING -> node.put("branch", "generalizing");
            case PERFECT -> node.put("branch", "perfect");
            default -> node.putNull("branch");
        }
        if (s.hasMetastableBranch()) {
            BranchPoint b = s.branch();
            ObjectNode meta = node.putObject("metastable");
            Json.putNumber(meta, "q", b.q());
            if (withConjugate) {
                Json.putNumber(meta, "qhat", b.qhat());
            }
            Json.putNumber(meta, "entropy", b.entropy());
            Json.putNumber(meta, "eps_g", b.epsG());
        } else {
            node.putNull("metastable");
        }
    }
}
