package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.largedeviation.FreeReferenceLocalEntropy;
import org.phaselab.theory.largedeviation.LargeDeviationPoint;
import org.phaselab.theory.largedeviation.LargeDeviationTransition;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory local-entropy}: the RS Franz-Parisi local entropy phi_FP(d) around references of margin kappaRef
 * (THEORY.md section 3), or the load alpha_LE where it turns non-monotonic around max-margin references. With
 * {@code --measure large-deviation}: the y -&gt; infinity large-deviation local entropy around the densest free
 * references and its thresholds (docs/large-deviation.md).
 */
@Command(name = "local-entropy", mixinStandardHelpOptions = true,
        description = "Franz-Parisi local entropy phi_FP(d) of the binary perceptron, and alpha_LE (RS).")
public final class TheoryLocalEntropyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha", description = "load P/N (> 0)")
    Double alpha;

    @Option(names = "--kappa-ref", description = "margin of the references (default: kappa_max(alpha))")
    Double kappaRef;

    @Option(names = "--kappa", defaultValue = "0", description = "margin of the students (default ${DEFAULT-VALUE})")
    double kappa;

    @Option(names = "--d", split = ",", paramLabel = "D1,D2,...", description = "distances in (0, 1/2)")
    List<String> distances;

    @Option(names = "--alpha-le", description = "print alpha_LE for max-margin references, with its criterion")
    boolean alphaLe;

    /** Which local entropy: around fixed references (Franz-Parisi) or the large-deviation measure's best ones. */
    enum Measure {
        FRANZ_PARISI("franz-parisi"), LARGE_DEVIATION("large-deviation");

        final String label;

        Measure(String label) {
            this.label = label;
        }

        static Measure of(String text) {
            for (Measure m : values()) {
                if (m.label.equals(text)) {
                    return m;
                }
            }
            throw new BadInputException("--measure must be franz-parisi or large-deviation, got '" + text + "'");
        }
    }

    @Option(names = "--measure", defaultValue = "franz-parisi", paramLabel = "MEASURE",
            description = "franz-parisi (around fixed references; default) or large-deviation (y -> infinity, "
                    + "the densest free references; docs/large-deviation.md)")
    String measure;

    @Override
    public Integer call() {
        ObjectNode out = Json.object();
        if (Measure.of(measure) == Measure.LARGE_DEVIATION) {
            return largeDeviation(out);
        }
        if (alphaLe) {
            if (alpha != null || distances != null) {
                throw new BadInputException("--alpha-le takes no --alpha or --d");
            }
            LocalEntropyTransition transition = new LocalEntropyTransition();
            RootResult le = transition.alphaLE(0.70, 0.76);
            RootResult negative = transition.alphaNegative(0.73, 0.78);
            Json.putNumber(out, "alpha_le", le.root());
            out.put("criterion", LocalEntropyTransition.CRITERION);
            Json.putNumber(out, "alpha_negative", negative.root());
            out.put("negative_criterion", LocalEntropyTransition.NEGATIVE_CRITERION);
            ArrayNode band = out.putArray("literature");
            Arrays.stream(LocalEntropyTransition.LITERATURE_BAND).forEach(band::add);
            out.put("converged", le.converged() && negative.converged());
            Json.print(spec.commandLine().getOut(), out);
            return le.converged() ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
        }
        if (alpha == null || distances == null) {
            throw new BadInputException("give --alpha A --d D1,D2,... (and optionally --kappa-ref, --kappa), or --alpha-le");
        }
        Ranges.requirePositive("--alpha", alpha);
        Ranges.requireFinite("--kappa", kappa);
        double[] d = distances.stream().mapToDouble(text -> Ranges.parseNumber("--d", text)).toArray();
        for (double v : d) {
            Ranges.requireInOpen("--d", v, 0, 0.5);
        }
        double ref = kappaRef != null ? kappaRef : maximalMargin(alpha);
        Ranges.requireFinite("--kappa-ref", ref);
        if (alpha >= BinaryStorage.alphaGD(ref)) {
            throw new BadInputException("no RS reference state: alpha must be below alpha_GD(kappa-ref) = " + BinaryStorage.alphaGD(ref));
        }
        FranzParisi fp = new FranzParisi(Reference.of(alpha, ref), kappa);
        Integer[] order = new Integer[d.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
        double[] sorted = Arrays.stream(order).mapToDouble(i -> d[i]).toArray();
        List<LocalEntropyPoint> points = fp.curve(sorted, Monitor.NONE);
        LocalEntropyPoint[] byInput = new LocalEntropyPoint[d.length];
        for (int k = 0; k < d.length; k++) {
            byInput[order[k]] = points.get(k);
        }
        out.put("alpha", alpha);
        out.put("kappa_ref", ref);
        out.put("kappa", kappa);
        ArrayNode array = out.putArray("points");
        for (LocalEntropyPoint p : byInput) {
            ObjectNode o = array.addObject();
            o.put("d", p.d());
            Json.putNumber(o, "phi", p.phi());
            o.put("converged", p.converged());
        }
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK;
    }

    /** The --measure large-deviation branch: the thresholds, or S_LD(d) at --alpha (students at --kappa). */
    private Integer largeDeviation(ObjectNode out) {
        if (kappaRef != null) {
            throw new BadInputException("--measure large-deviation takes no --kappa-ref (the reference is free)");
        }
        if (alphaLe) {
            if (alpha != null || distances != null) {
                throw new BadInputException("--alpha-le takes no --alpha or --d");
            }
            if (kappa != 0) {
                throw new BadInputException("--alpha-le is for students at --kappa 0");
            }
            LargeDeviationTransition.Thresholds t = new LargeDeviationTransition().thresholds();
            out.put("measure", Measure.LARGE_DEVIATION.label);
            Json.putNumber(out, "alpha_le", t.nonMonotonic().root());
            out.put("criterion", LargeDeviationTransition.NON_MONOTONIC_CRITERION);
            Json.putNumber(out, "alpha_saddle_ends", t.nonMonotonic().root());
            out.put("saddle_ends_criterion", LargeDeviationTransition.ENDS_CRITERION);
            Json.putNumber(out, "alpha_negative", t.negative().root());
            out.put("negative_criterion", LargeDeviationTransition.NEGATIVE_CRITERION);
            ArrayNode band = out.putArray("literature");
            Arrays.stream(LocalEntropyTransition.LITERATURE_BAND).forEach(band::add);
            out.put("converged", t.converged());
            if (!t.converged()) {
                out.put("reason", (t.nonMonotonic().converged() ? t.negative() : t.nonMonotonic()).convergence().reason());
            }
            Json.print(spec.commandLine().getOut(), out);
            return t.converged() ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
        }
        if (alpha == null || distances == null) {
            throw new BadInputException("give --alpha A --d D1,D2,... (and optionally --kappa), or --alpha-le");
        }
        Ranges.requirePositive("--alpha", alpha);
        Ranges.requireFinite("--kappa", kappa);
        double[] d = distances.stream().mapToDouble(text -> Ranges.parseNumber("--d", text)).toArray();
        for (double v : d) {
            Ranges.requireInOpen("--d", v, 0, 0.5);
        }
        if (alpha >= BinaryStorage.alphaGD(kappa)) {
            throw new BadInputException("no RS storage state: alpha must be below alpha_GD(kappa) = " + BinaryStorage.alphaGD(kappa));
        }
        List<LargeDeviationPoint> points = new FreeReferenceLocalEntropy(alpha, kappa).curve(d, Monitor.NONE);
        out.put("measure", Measure.LARGE_DEVIATION.label);
        out.put("alpha", alpha);
        out.put("kappa", kappa);
        ArrayNode array = out.putArray("points");
        for (LargeDeviationPoint p : points) {
            ObjectNode o = array.addObject();
            o.put("d", p.d());
            Json.putNumber(o, "phi", p.localEntropy());
            Json.putNumber(o, "slope", p.slope());
            o.put("branch", p.branch().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Json.putConvergence(o, p.convergence());
        }
        Json.print(spec.commandLine().getOut(), out);
        return ExitCodes.OK;
    }

    private static double maximalMargin(double alpha) {
        RootResult k = new BinaryStorage().kappaMax(alpha);
        if (!k.converged()) {
            throw new BadInputException("no maximal margin at alpha = " + alpha + ": give --kappa-ref");
        }
        return k.root();
    }
}
