package org.phaselab.cli;

import java.util.concurrent.Callable;
import org.phaselab.progress.Monitor;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.training.Activation;
import org.phaselab.training.jamming.JammingRun;
import org.phaselab.training.jamming.JammingSetup;
import org.phaselab.training.jamming.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaselab jam}: trains one net on P random points and says whether it fitted them (Geiger et al. 2019). */
@Command(name = "jam", mixinStandardHelpOptions = true,
        description = "Train a fully connected net on P random points (quadratic hinge, full-batch Adam); SAT if no constraint is violated.")
public final class JamCommand implements Callable<Integer> {
    static final int MAX_WEIGHTS = 200_000;
    static final long MAX_WORK = 20_000_000L; // P x N per step, ~0.1 s per step

    @Spec
    CommandSpec spec;

    @Option(names = "--p", required = true, description = "number of random patterns P")
    int p;

    @Option(names = "--d", required = true, description = "input dimension d")
    int d;

    @Option(names = "--depth", required = true, description = "number of hidden layers L")
    int depth;

    @Option(names = "--width", required = true, description = "width h of every hidden layer")
    int width;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the data and the initial weights (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--max-steps", defaultValue = "20000", description = "Adam step budget (default ${DEFAULT-VALUE})")
    int maxSteps;

    @Option(names = "--activation", defaultValue = "tanh", description = "tanh or relu (default ${DEFAULT-VALUE}; narrow bias-free relu nets lose patterns to dead units)")
    Activation activation;

    @Override
    public Integer call() {
        requireAtLeast("--p", p, 1);
        requireAtLeast("--d", d, 1);
        requireAtLeast("--depth", depth, 1);
        requireAtLeast("--width", width, 1);
        requireAtLeast("--max-steps", maxSteps, 1);
        if (!JammingScene.ACTIVATION.values().contains(activation)) {
            throw new BadInputException("--activation must be " + JammingScene.ACTIVATION.tokens() + " (a linear net cannot jam)");
        }
        JammingSetup setup = new JammingSetup(p, d, depth, width, activation, seed, TrainingOptions.defaults().withMaxSteps(maxSteps));
        int n = setup.shape().parameterCount();
        if (n > MAX_WEIGHTS || (long) n * p > MAX_WORK) {
            throw new BadInputException("net too large for this command: N = " + n + " weights, P = " + p
                    + " (limits N <= " + MAX_WEIGHTS + ", N P <= " + MAX_WORK + ")");
        }
        JammingRun run = JammingRun.train(setup, Monitor.NONE);
        var out = Json.object();
        out.put("n_weights", n);
        out.put("sat", run.sat());
        out.put("n_delta", run.nDelta());
        Json.putNumber(out, "loss", run.loss());
        out.put("steps", run.steps());
        Json.putNumber(out, "seconds", run.seconds());
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK;
    }

    static void requireAtLeast(String option, long value, long min) {
        if (value < min) {
            throw new BadInputException(option + " must be >= " + min + ", got " + value);
        }
    }
}
