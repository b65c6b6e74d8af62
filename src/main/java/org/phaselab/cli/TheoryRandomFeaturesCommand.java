package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.randomfeatures.AtypicalTransition;
import org.phaselab.theory.randomfeatures.InterpolationThreshold;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;
import org.phaselab.theory.randomfeatures.RandomFeaturesSaddle;
import org.phaselab.theory.randomfeatures.RandomFeaturesSolver;
import org.phaselab.theory.randomfeatures.ThresholdResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory random-features}: the binary perceptron on sign random features of a hidden teacher
 * (Baldassi et al., PRE 106, 014116 (2022); THEORY.md section 4), replica symmetric.
 * <pre>
 *   --alpha A --alpha-d AD       -> {"alpha","alpha_d","entropy","eps_g","converged"}
 *   --alpha-d AD --thresholds    -> {"alpha_d","alpha_c","alpha_le"}   (alpha_le: 30-60 s; AtypicalTransition)
 * </pre>
 * Exit code 4 ({@link ExitCodes#NOT_CONVERGED}) when a solver did not converge; the JSON then has nulls and the
 * reason goes to stderr.
 */
@Command(name = "random-features", mixinStandardHelpOptions = true,
        description = "Binary perceptron on random features of a hidden teacher: typical entropy and"
                + " generalization error, or the interpolation threshold alpha_c(alpha_D).")
public final class TheoryRandomFeaturesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha", description = "P/N, patterns per weight (> 0)")
    Double alpha;

    @Option(names = "--alpha-d", required = true, description = "P/D, patterns per latent dimension (> 0)")
    double alphaD;

    @Option(names = "--thresholds", description = "print alpha_c and alpha_le (local-entropy transition, 30-60 s) at this"
            + " alpha_D instead of one point")
    boolean thresholds;

    @Mixin
    TimeBudget budget;

    @Override
    public Integer call() {
        Ranges.requirePositive("--alpha-d", alphaD, Limits.MAX_ALPHA);
        Monitor monitor = budget.start();
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode node = Json.object();
        boolean converged;
        if (thresholds) {
            if (alpha != null) {
                throw new BadInputException("--thresholds takes no --alpha (the threshold is a value of alpha)");
            }
            ThresholdResult t = new InterpolationThreshold().alphaC(alphaD, monitor);
            Json.putNumber(node, "alpha_d", alphaD);
            Json.putNumber(node, "alpha_c", t.converged() ? t.value() : Double.NaN);
            ThresholdResult le = t.converged() ? new AtypicalTransition(monitor).alphaLE(alphaD) : null;
            Json.putNumber(node, "alpha_le", le != null && le.converged() ? le.value() : Double.NaN);
            if (!t.converged()) {
                spec.commandLine().getErr().println("alpha_c did not converge: " + t.failure());
            } else if (!le.converged()) {
                spec.commandLine().getErr().println("alpha_le did not converge: " + le.failure());
            }
            converged = t.converged() && le.converged();
        } else {
            if (alpha == null) {
                throw new BadInputException("--alpha is needed (or --thresholds)");
            }
            Ranges.requirePositive("--alpha", alpha, Limits.MAX_ALPHA);
            RandomFeaturesSaddle s = RandomFeaturesSolver.DEFAULT.solve(RandomFeaturesModel.sign(alpha, alphaD));
            Json.putNumber(node, "alpha", alpha);
            Json.putNumber(node, "alpha_d", alphaD);
            Json.putNumber(node, "entropy", s.entropy());
            Json.putNumber(node, "eps_g", s.epsTypical());
            node.put("converged", s.converged());
            converged = s.converged();
        }
        Json.print(out, node);
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
