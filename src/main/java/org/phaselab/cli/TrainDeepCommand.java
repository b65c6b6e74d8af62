package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.training.Activation;
import org.phaselab.training.deep.RegressionSpec;
import org.phaselab.training.deep.DescentSettings;
import org.phaselab.training.deep.GammaSweep;
import org.phaselab.training.deep.SweepSpec;
import org.phaselab.training.deep.TrainingPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code train-deep}: a sweep of weight decay over a fully connected net trained by full-batch GD on
 * synthetic regression data; each gamma point continues from the previous point's weights.
 */
@Command(name = "train-deep", mixinStandardHelpOptions = true,
        description = {"Sweep weight decay gamma from --gamma-from to --gamma-to (up or down) in --steps points, training a net",
                "with --depth hidden layers by full-batch gradient descent at each point, continuing from the previous weights.",
                "norm = sqrt(sum_l ||W_l||^2/(D+1)) (the theory's b for a linear net); loss = MSE + gamma sum ||W||^2."})
public final class TrainDeepCommand implements Callable<Integer> {
    /** How the first point's weights are drawn: layer Frobenius norm 1 (fresh) or 1e-3 (tiny). */
    enum Init {
        FRESH(1.0), TINY(1e-3);

        final double layerNorm;

        Init(double layerNorm) {
            this.layerNorm = layerNorm;
        }
    }

    static final double MAX_GAMMA = 1000;
    /** Multiply-adds of one gamma point at most (GD steps x samples x weights): a few minutes on one core. */
    static final double MAX_POINT_WORK = 2e11;

    @Spec
    CommandSpec spec;

    @Mixin
    TimeBudget budget;

    @Option(names = "--depth", required = true, description = "hidden layers D, 0..5")
    int depth;
    @Option(names = "--width", required = true, description = "hidden width h, 1..32 (the deep panel's range)")
    int width;
    @Option(names = "--activation", required = true, description = "linear, tanh or relu")
    Activation activation;
    @Option(names = "--gamma-from", required = true, description = "first weight decay, 0..1000")
    double gammaFrom;
    @Option(names = "--gamma-to", required = true, description = "last weight decay, 0..1000 (below --gamma-from: a down sweep)")
    double gammaTo;
    @Option(names = "--steps", required = true, description = "K = number of gamma points, inclusive at both ends, 1..1000")
    int points;
    @Option(names = "--seed", defaultValue = "1", description = "seed of data and initial weights (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--init", defaultValue = "fresh", description = "fresh (layer norm 1) or tiny (1e-3) initial weights (default ${DEFAULT-VALUE})")
    Init init;
    @Option(names = "--gd-steps", defaultValue = "4000", description = "most gradient-descent steps per gamma point (default ${DEFAULT-VALUE})")
    int gdSteps;
    @Option(names = "--learning-rate", defaultValue = "0.05", description = "GD step size (default ${DEFAULT-VALUE})")
    double learningRate;
    @Option(names = "--tolerance", defaultValue = "1e-7", description = "stop a point when |grad| < this (default ${DEFAULT-VALUE})")
    double tolerance;
    @Option(names = "--dimension", defaultValue = "8", description = "input dimension d (default ${DEFAULT-VALUE})")
    int dimension;
    @Option(names = "--samples", defaultValue = "100", description = "training samples n (default ${DEFAULT-VALUE})")
    int samples;
    @Option(names = "--noise", defaultValue = "0.3", description = "label noise standard deviation (default ${DEFAULT-VALUE})")
    double noise;
    @Option(names = "--no-whiten", description = "keep raw inputs (default: whitened so that a = c = 1)")
    boolean raw;

    @Override
    public Integer call() {
        SweepSpec sweep = validated();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        GammaSweep.Result result = GammaSweep.run(sweep, budget.start());
        double seconds = (System.nanoTime() - start) * 1e-9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) * 1e-9;
        ObjectNode out = Json.object();
        out.put("depth", depth);
        out.put("width", width);
        out.put("activation", activation.name().toLowerCase(Locale.ROOT));
        Json.putNumber(out, "a", result.data().a());
        Json.putNumber(out, "c", result.data().c());
        Json.putNumber(out, "seconds", seconds);
        Json.putNumber(out, "cpu_seconds", cpuSeconds); // of this thread: the cost on an idle core
        ArrayNode array = out.putArray("points");
        boolean allConverged = true;
        for (TrainingPoint p : result.points()) {
            ObjectNode node = array.addObject();
            Json.putNumber(node, "gamma", p.gamma());
            Json.putNumber(node, "norm", p.norm());
            Json.putNumber(node, "loss", p.loss());
            Json.putNumber(node, "data_loss", p.dataLoss());
            node.put("gd_steps", p.steps());
            node.put("converged", p.converged());
            allConverged &= p.converged();
        }
        out.put("converged", allConverged);
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK; // a point that ran out of GD steps is data, flagged per point, not a failure
    }

    private SweepSpec validated() {
        Ranges.requireDeclared("--depth", depth, DeepScene.DEPTH); // the deep panel trains the same nets
        Ranges.requireDeclared("--width", width, DeepScene.WIDTH);
        Ranges.requireIn("--steps", points, 1, 1000);
        Ranges.requireIn("--gd-steps", gdSteps, 1, 10_000_000);
        Ranges.requireIn("--dimension", dimension, 1, 1000);
        Ranges.requireIn("--samples", samples, 1, 100_000);
        double weights = (dimension + 1.0) * width + (double) depth * width * width + width;
        double work = (double) gdSteps * samples * weights;
        if (work > MAX_POINT_WORK) {
            throw new BadInputException("--gd-steps " + gdSteps + " x --samples " + samples + " x " + (long) weights
                    + " weights (--dimension, --depth, --width) is " + String.format("%.3g", work)
                    + " multiply-adds per gamma point; the limit is " + String.format("%.0e", MAX_POINT_WORK));
        }
        if (!raw && samples < dimension) {
            throw new BadInputException("--samples must be >= --dimension to whiten, got " + samples + " < " + dimension);
        }
        Ranges.requireIn("--gamma-from", gammaFrom, 0, MAX_GAMMA);
        Ranges.requireIn("--gamma-to", gammaTo, 0, MAX_GAMMA);
        Ranges.requireIn("--noise", noise, 0, 1000);
        Ranges.requirePositive("--learning-rate", learningRate, 10);
        Ranges.requirePositive("--tolerance", tolerance, 1000);
        return new SweepSpec(new RegressionSpec(dimension, samples, noise, seed, !raw), depth, width, activation, gammaFrom,
                gammaTo, points, init.layerNorm, seed + 1, new DescentSettings(learningRate, gdSteps, tolerance));
    }

}
