package org.phaselab.cli;

import java.util.concurrent.Callable;
import org.phaselab.progress.Monitor;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.training.Activation;
import org.phaselab.training.jamming.JammingRun;
import org.phaselab.training.jamming.JammingSetup;
import org.phaselab.training.jamming.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaselab jam}: trains one net on P random points and says whether it fitted them (Geiger et al. 2019). */
@Command(name = "jam", mixinStandardHelpOptions = true,
        description = "Train a fully connected net on P random points (quadratic hinge, full-batch Adam); SAT if no constraint is violated.")
public final class JamCommand implements Callable<Integer> {
    static final int MAX_WEIGHTS = 200_000;
    static final long MAX_WORK = 20_000_000L; // P x N per step, ~0.1 s per step
    static final int MAX_P = 1_000_000;
    static final int MAX_D = 100_000;
    static final int MAX_DEPTH = 20;
    static final int MAX_WIDTH = 10_000;
    static final int MAX_STEPS = 1_000_000;

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

    @Mixin
    TimeBudget budget;

    @Override
    public Integer call() {
        Ranges.requireIn("--p", p, 1, MAX_P);
        Ranges.requireIn("--d", d, 1, MAX_D);
        Ranges.requireIn("--depth", depth, 1, MAX_DEPTH);
        Ranges.requireIn("--width", width, 1, MAX_WIDTH);
        Ranges.requireIn("--max-steps", maxSteps, 1, MAX_STEPS);
        if (!JammingScene.ACTIVATION.values().contains(activation)) {
            throw new BadInputException("--activation must be " + JammingScene.ACTIVATION.tokens() + " (a linear net cannot jam)");
        }
        long n = (long) d * width + (long) (depth - 1) * width * width + width; // weights, counted before any int holds them
        if (n > MAX_WEIGHTS || n * p > MAX_WORK) {
            throw new BadInputException("net too large for this command: --d " + d + ", --depth " + depth + ", --width " + width
                    + " give N = " + n + " weights, --p " + p + " patterns (limits N <= " + MAX_WEIGHTS + ", N P <= " + MAX_WORK + ")");
        }
        if ((long) p * d > Integer.MAX_VALUE) {
            throw new BadInputException("--p " + p + " times --d " + d + " is more than " + Integer.MAX_VALUE + " input numbers");
        }
        Limits.requireMemory("--p " + p + " with --d " + d, 8.0 * p * (d + 4) + 48.0 * n);
        Monitor monitor = budget.start();
        JammingSetup setup = new JammingSetup(p, d, depth, width, activation, seed, TrainingOptions.defaults().withMaxSteps(maxSteps));
        JammingRun run = JammingRun.train(setup, monitor);
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

}
