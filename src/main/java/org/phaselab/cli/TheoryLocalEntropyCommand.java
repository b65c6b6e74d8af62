package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyDomain;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.largedeviation.FreeReferenceLocalEntropy;
import org.phaselab.theory.largedeviation.LargeDeviationPoint;
import org.phaselab.theory.largedeviation.LargeDeviationTransition;
import org.phaselab.theory.largedeviation.SolutionReferenceTransition;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory local-entropy}: the RS Franz-Parisi local entropy phi_FP(d) around references of margin kappaRef
 * (THEORY.md section 3), or the load alpha_LE where it turns non-monotonic around max-margin references. With
 * {@code --measure large-deviation}: the y -&gt; infinity large-deviation local entropy around the densest free
 * references and its thresholds (docs/large-deviation.md), and with {@code --reference solution} the thresholds around
 * the densest references that are themselves solutions (LD 14).
 */
@Command(name = "local-entropy", mixinStandardHelpOptions = true,
        description = "Franz-Parisi local entropy phi_FP(d) of the binary perceptron, and alpha_LE (RS).")
public final class TheoryLocalEntropyCommand implements Callable<Integer> {
    /** A daemon thread for the second root of --alpha-le. */
    private static final Executor SECOND_CORE = r -> {
        Thread t = new Thread(r, "phaselab-alpha-negative");
        t.setDaemon(true);
        t.start();
    };
    /** Students' margin: beyond it no point converges and one point can take minutes. */
    static final double MAX_KAPPA = 5;
    /** References' margin, where the reference state's solver is known to work. */
    static final double KAPPA_REF_MIN = -2;
    static final double KAPPA_REF_MAX = 3;
    static final int MAX_DISTANCES = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    TimeBudget budget;

    @Option(names = "--alpha", description = "load P/N (> 0)")
    Double alpha;

    @Option(names = "--kappa-ref", description = "margin of the references, -2..3 (default: kappa_max(alpha))")
    Double kappaRef;

    @Option(names = "--kappa", defaultValue = "0", description = "margin of the students, -5..5 (default ${DEFAULT-VALUE})")
    double kappa;

    @Option(names = "--d", split = ",", paramLabel = "D1,D2,...", description = "1 to 1000 distances in [1e-12, 1/2)")
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

    @Option(names = "--reference", paramLabel = "REF",
            description = "with --measure large-deviation --alpha-le: free (any configuration; default) or solution "
                    + "(itself a solution of margin 0; docs/large-deviation.md LD 14)")
    String reference;

    /** Whether --reference asks for references that are solutions (LD 14); free, the default, otherwise. */
    private boolean solutionReference() {
        if (reference == null || reference.equals("free")) {
            return false;
        }
        if (reference.equals("solution")) {
            return true;
        }
        throw new BadInputException("--reference must be free or solution, got '" + reference + "'");
    }

    @Override
    public Integer call() {
        ObjectNode out = Json.object();
        if (alphaLe && (alpha != null || distances != null)) {
            throw new BadInputException("--alpha-le takes no --alpha or --d");
        }
        if (Measure.of(measure) == Measure.LARGE_DEVIATION) {
            return largeDeviation(out);
        }
        if (reference != null) {
            throw new BadInputException("--reference is for --measure large-deviation (Franz-Parisi takes --kappa-ref)");
        }
        if (alphaLe) {
            // the two roots are independent: one core each, both under --max-seconds
            Monitor clock = budget.start();
            CompletableFuture<RootResult> negative = CompletableFuture.supplyAsync(
                    () -> new LocalEntropyTransition(clock).alphaNegative(), SECOND_CORE);
            RootResult le = new LocalEntropyTransition(clock).alphaLE();
            RootResult neg = joinCause(negative);
            Json.putNumber(out, "alpha_le", le.root());
            out.put("criterion", LocalEntropyTransition.CRITERION);
            Json.putNumber(out, "alpha_negative", neg.root());
            out.put("negative_criterion", LocalEntropyTransition.NEGATIVE_CRITERION);
            ArrayNode band = out.putArray("literature");
            Arrays.stream(LocalEntropyTransition.LITERATURE_BAND).forEach(band::add);
            out.put("converged", le.converged() && neg.converged());
            if (!le.converged() || !neg.converged()) {
                out.put("reason", !le.converged() ? "alpha_le: " + le.convergence().reason()
                        : "alpha_negative: " + neg.convergence().reason());
            }
            Json.print(spec.commandLine().getOut(), out);
            return le.converged() ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
        }
        if (alpha == null || distances == null) {
            throw new BadInputException("give --alpha A --d D1,D2,... (and optionally --kappa-ref, --kappa), or --alpha-le");
        }
        if (kappaRef != null) {
            Ranges.requireIn("--kappa-ref", kappaRef, KAPPA_REF_MIN, KAPPA_REF_MAX);
        }
        double[] d = checkedCurveRequest();
        double ref = kappaRef != null ? kappaRef : maximalMargin(alpha);
        Ranges.requireFinite("--kappa-ref", ref);
        if (alpha >= BinaryStorage.alphaGD(ref)) {
            throw new BadInputException("no RS reference state: alpha must be below alpha_GD(kappa-ref) = " + BinaryStorage.alphaGD(ref));
        }
        List<LocalEntropyPoint> byInput = new FranzParisi(Reference.of(alpha, ref), kappa).curve(d, budget.start());
        out.put("alpha", alpha);
        out.put("kappa_ref", ref);
        out.put("kappa", kappa);
        ArrayNode array = out.putArray("points");
        boolean converged = true;
        for (LocalEntropyPoint p : byInput) {
            ObjectNode o = array.addObject();
            o.put("d", p.d());
            Json.putNumber(o, "phi", p.phi());
            Json.putConvergence(o, p.convergence());
            converged &= p.converged();
        }
        Json.print(spec.commandLine().getOut(), out);
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    /** The second root's own failure (a spent budget, bad input), not the CompletionException around it. */
    private static RootResult joinCause(CompletableFuture<RootResult> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The checks both measures' curves share: --alpha and --kappa in their ranges, 1 to 1000 distances in
     * [1e-12, 1/2), and typical students (the theory panel's rule, one message for both); returns the distances.
     */
    private double[] checkedCurveRequest() {
        Ranges.requirePositive("--alpha", alpha, Limits.MAX_ALPHA);
        Ranges.requireIn("--kappa", kappa, -MAX_KAPPA, MAX_KAPPA);
        double[] d = Ranges.parseDistances("--d", distances, MAX_DISTANCES, FranzParisi.MIN_DISTANCE);
        LocalEntropyDomain.requireTypicalStudents(alpha, kappa);
        return d;
    }

    /** The --measure large-deviation branch: the thresholds, or S_LD(d) at --alpha (students at --kappa). */
    private Integer largeDeviation(ObjectNode out) {
        if (kappaRef != null) {
            throw new BadInputException("--measure large-deviation takes no --kappa-ref (the reference is free)");
        }
        boolean solution = solutionReference();
        if (alphaLe) {
            if (kappa != 0) {
                throw new BadInputException("--alpha-le is for students at --kappa 0");
            }
            if (solution) {
                return solutionReferenceThresholds(out);
            }
            out.put("measure", Measure.LARGE_DEVIATION.label);
            return printThresholds(out, new LargeDeviationTransition(budget.start()).thresholds(),
                    LargeDeviationTransition.NON_MONOTONIC_CRITERION, LargeDeviationTransition.ENDS_CRITERION,
                    LargeDeviationTransition.NEGATIVE_CRITERION);
        }
        if (solution) {
            throw new BadInputException("--reference solution is computed for --alpha-le only (no curve)");
        }
        if (alpha == null || distances == null) {
            throw new BadInputException("give --alpha A --d D1,D2,... (and optionally --kappa), or --alpha-le");
        }
        double[] d = checkedCurveRequest();
        List<LargeDeviationPoint> points = new FreeReferenceLocalEntropy(alpha, kappa).curve(d, budget.start());
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
        // as for Franz-Parisi curves: exit 4 when a point did not converge
        return points.stream().allMatch(LargeDeviationPoint::converged) ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    /** LD 14: the two searches are independent, one core each, both under --max-seconds. */
    private Integer solutionReferenceThresholds(ObjectNode out) {
        Monitor clock = budget.start();
        CompletableFuture<RootResult> negative = CompletableFuture.supplyAsync(
                () -> new SolutionReferenceTransition(clock).alphaNegative(0.78, 0.83), SECOND_CORE);
        RootResult nonMonotonic = new SolutionReferenceTransition(clock).alphaNonMonotonic(0.75, 0.76);
        out.put("measure", Measure.LARGE_DEVIATION.label);
        out.put("reference", "solution");
        return printThresholds(out, new LargeDeviationTransition.Thresholds(nonMonotonic, joinCause(negative)),
                SolutionReferenceTransition.NON_MONOTONIC_CRITERION, SolutionReferenceTransition.ENDS_CRITERION,
                SolutionReferenceTransition.NEGATIVE_CRITERION);
    }

    /** The large-deviation thresholds, each with its criterion; exit 4 with the first failure's reason. */
    private Integer printThresholds(ObjectNode out, LargeDeviationTransition.Thresholds t, String nonMonotonicCriterion,
                                    String endsCriterion, String negativeCriterion) {
        Json.putNumber(out, "alpha_le", t.nonMonotonic().root());
        out.put("criterion", nonMonotonicCriterion);
        Json.putNumber(out, "alpha_saddle_ends", t.nonMonotonic().root());
        out.put("saddle_ends_criterion", endsCriterion);
        Json.putNumber(out, "alpha_negative", t.negative().root());
        out.put("negative_criterion", negativeCriterion);
        ArrayNode band = out.putArray("literature");
        Arrays.stream(LocalEntropyTransition.LITERATURE_BAND).forEach(band::add);
        out.put("converged", t.converged());
        if (!t.converged()) {
            out.put("reason", (t.nonMonotonic().converged() ? t.negative() : t.nonMonotonic()).convergence().reason());
        }
        Json.print(spec.commandLine().getOut(), out);
        return t.converged() ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    private static double maximalMargin(double alpha) {
        RootResult k = new BinaryStorage().kappaMax(alpha);
        if (!k.converged()) {
            throw new BadInputException("no maximal margin at alpha = " + alpha + ": give --kappa-ref");
        }
        return k.root();
    }
}
