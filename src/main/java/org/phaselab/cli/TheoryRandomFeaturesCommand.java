package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.largedeviation.FreeReferenceLocalEntropy;
import org.phaselab.theory.largedeviation.LargeDeviationPoint;
import org.phaselab.theory.largedeviation.LargeDeviationTransition;
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
 *   --alpha-d AD --thresholds    -> {"alpha_d","alpha_c","alpha_le"}   (alpha_le: about 1 s; AtypicalTransition)
 *   --alpha-d AD --thresholds --measure large-deviation
 *        -> {"alpha_d","alpha_c","measure","alpha_le","criterion","alpha_negative","negative_criterion","converged"}
 *   --alpha A --alpha-d AD --d D1,D2,... --measure large-deviation
 *        -> {"measure","alpha","alpha_d","points":[{"d","phi","slope","branch","eps_g","converged",...}]}
 * </pre>
 * The large-deviation measure is docs/large-deviation.md, LD 15 (y -&gt; infinity, free reference).
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

    @Option(names = "--thresholds", description = "print alpha_c and alpha_le (local-entropy transition, about 1 s) at this"
            + " alpha_D instead of one point")
    boolean thresholds;

    @Option(names = "--measure", defaultValue = "franz-parisi", paramLabel = "MEASURE",
            description = "with --thresholds or --d: franz-parisi (around max-margin references; default) or "
                    + "large-deviation (y -> infinity, the densest free references; docs/large-deviation.md LD 15)")
    String measure;

    @Option(names = "--d", split = ",", paramLabel = "D1,D2,...",
            description = "with --alpha and --measure large-deviation: 1 to 1000 distances in [1e-6, 1/2)")
    List<String> distances;

    @Mixin
    TimeBudget budget;

    /** The smallest distance of a curve: below it the saddle is no longer resolved in double precision (LD 4.3). */
    static final double MIN_DISTANCE = 1e-6;

    @Override
    public Integer call() {
        Ranges.requirePositive("--alpha-d", alphaD, Limits.MAX_ALPHA);
        Monitor monitor = budget.start();
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode node = Json.object();
        boolean converged;
        boolean largeDeviation = TheoryLocalEntropyCommand.Measure.of(measure)
                == TheoryLocalEntropyCommand.Measure.LARGE_DEVIATION;
        if (distances != null && !largeDeviation) {
            throw new BadInputException("--d is for --measure large-deviation (the Franz-Parisi curve is on the atypical panel)");
        }
        if (largeDeviation && !thresholds && distances == null) {
            throw new BadInputException("--measure large-deviation needs --thresholds or --alpha A --d D1,D2,...");
        }
        if (largeDeviation && thresholds) {
            if (alpha != null || distances != null) {
                throw new BadInputException("--thresholds takes no --alpha or --d (the thresholds are values of alpha)");
            }
            return largeDeviationThresholds(node, monitor, out);
        }
        if (distances != null) {
            return largeDeviationCurve(node, monitor, out);
        }
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

    /** alpha_c, then the two large-deviation loads in brackets below it (LD 15.8); nulls and exit 4 on failure. */
    private Integer largeDeviationThresholds(ObjectNode node, Monitor monitor, PrintWriter out) {
        ThresholdResult c = new InterpolationThreshold().alphaC(alphaD, monitor);
        Json.putNumber(node, "alpha_d", alphaD);
        Json.putNumber(node, "alpha_c", c.converged() ? c.value() : Double.NaN);
        node.put("measure", TheoryLocalEntropyCommand.Measure.LARGE_DEVIATION.label);
        LargeDeviationTransition.Thresholds t = c.converged()
                ? LargeDeviationTransition.randomFeatures(alphaD, monitor).thresholdsBelow(c.value()) : null;
        Json.putNumber(node, "alpha_le", t != null ? t.nonMonotonic().root() : Double.NaN);
        node.put("criterion", LargeDeviationTransition.RF_NON_MONOTONIC_CRITERION);
        Json.putNumber(node, "alpha_negative", t != null ? t.negative().root() : Double.NaN);
        node.put("negative_criterion", LargeDeviationTransition.RF_NEGATIVE_CRITERION);
        boolean converged = t != null && t.converged();
        node.put("converged", converged);
        if (!converged) {
            node.put("reason", t == null ? "alpha_c: " + c.failure() : !t.nonMonotonic().converged()
                    ? "alpha_le: " + t.nonMonotonic().convergence().reason()
                    : "alpha_negative: " + t.negative().convergence().reason());
        }
        Json.print(out, node);
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    /** S_LD(d) at one load (LD 15); each point with its branch, students' generalization error and convergence. */
    private Integer largeDeviationCurve(ObjectNode node, Monitor monitor, PrintWriter out) {
        if (alpha == null) {
            throw new BadInputException("--d needs --alpha");
        }
        Ranges.requirePositive("--alpha", alpha, Limits.MAX_ALPHA);
        double[] d = Ranges.parseDistances("--d", distances, TheoryLocalEntropyCommand.MAX_DISTANCES, MIN_DISTANCE);
        RandomFeaturesModel model = RandomFeaturesModel.sign(alpha, alphaD);
        node.put("measure", TheoryLocalEntropyCommand.Measure.LARGE_DEVIATION.label);
        node.put("alpha", alpha);
        node.put("alpha_d", alphaD);
        FreeReferenceLocalEntropy measureAt;
        try {
            measureAt = FreeReferenceLocalEntropy.randomFeatures(model);
        } catch (IllegalArgumentException e) {
            node.put("converged", false);
            node.put("reason", e.getMessage());
            Json.print(out, node);
            return ExitCodes.NOT_CONVERGED;
        }
        ArrayNode array = node.putArray("points");
        boolean converged = true;
        for (LargeDeviationPoint p : measureAt.curve(d, monitor)) {
            ObjectNode o = array.addObject();
            o.put("d", p.d());
            Json.putNumber(o, "phi", p.localEntropy());
            Json.putNumber(o, "slope", p.slope());
            o.put("branch", p.branch().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Json.putNumber(o, "eps_g", p.converged() ? p.generalizationError(model.k1(), model.kStar()) : Double.NaN);
            Json.putConvergence(o, p.convergence());
            converged &= p.converged();
        }
        Json.print(out, node);
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
