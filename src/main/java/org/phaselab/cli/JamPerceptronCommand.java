package org.phaselab.cli;

import java.util.concurrent.Callable;
import org.phaselab.training.jamming.SphericalPerceptron;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaselab jam-perceptron}: the spherical perceptron's jamming experiment at one (N, alpha, kappa). */
@Command(name = "jam-perceptron", mixinStandardHelpOptions = true,
        description = "Minimise the quadratic hinge of a spherical perceptron with margin kappa on P = alpha N Gaussian patterns; "
                + "SAT if every gap is closed. Compare with alpha_J(kappa) (2 at kappa = 0).")
public final class JamPerceptronCommand implements Callable<Integer> {
    static final int MAX_STEPS = 100_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--n", required = true, description = "number of weights N")
    int n;

    @Option(names = "--alpha", required = true, description = "load alpha = P/N")
    double alpha;

    @Option(names = "--kappa", required = true, description = "margin kappa")
    double kappa;

    @Option(names = "--seed", defaultValue = "1", description = "seed of patterns and start (default ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    TimeBudget budget;

    @Override
    public Integer call() {
        Ranges.requireIn("--n", n, 1, 5000);
        Ranges.requireInOpen("--alpha", alpha, 0, 50);
        Ranges.requireInOpen("--kappa", kappa, -10, 10);
        long p = Math.round(alpha * n);
        if (p < 1) {
            throw new BadInputException("--alpha times --n must give at least one pattern, got " + alpha * n);
        }
        Limits.requireMemory("--n " + n + " with --alpha " + alpha + " (P = " + p + " Gaussian patterns)", 8.0 * p * (n + 4) + 64.0 * n);
        SphericalPerceptron.Run run = SphericalPerceptron.train(n, alpha, kappa, seed, MAX_STEPS, budget.start());
        if (!run.converged()) {
            spec.commandLine().getErr().println("warning: step budget ran out before SAT or a stationary point; UNSAT is not certain");
        }
        var out = Json.object();
        out.put("sat", run.sat());
        out.put("n_delta", run.nDelta());
        out.put("contacts", run.contacts());
        Json.print(spec.commandLine().getOut(), out);
        return run.converged() ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
