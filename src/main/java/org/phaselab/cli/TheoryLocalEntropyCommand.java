package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory local-entropy}: the RS Franz-Parisi local entropy phi_FP(d) around references of margin kappaRef
 * (THEORY.md section 3), or the load alpha_LE where it turns non-monotonic around max-margin references.
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

    @Override
    public Integer call() {
        ObjectNode out = Json.object();
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

    private static double maximalMargin(double alpha) {
        RootResult k = new BinaryStorage().kappaMax(alpha);
        if (!k.converged()) {
            throw new BadInputException("no maximal margin at alpha = " + alpha + ": give --kappa-ref");
        }
        return k.root();
    }
}
