package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.spherical.SphericalCapacity;
import org.phaselab.theory.spherical.SphericalPerceptron;
import org.phaselab.theory.spherical.SphericalPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory spherical}: the spherical perceptron's Gardner volume with margin kappa (THEORY.md section 1).
 * Beyond the capacity the volume is empty: q = 1, entropy -infinity (written null), status "beyond-capacity".
 * "rs_exact" is false for kappa &lt; 0, where the RS numbers are not the exact answer.
 */
@Command(name = "spherical", mixinStandardHelpOptions = true,
        description = {"Spherical perceptron (Gardner volume, RS), as JSON.",
                "--kappa K --capacity: {kappa, alpha_c, rs_exact}.",
                "--alpha A --kappa K: {alpha, kappa, q, entropy, converged, status, rs_exact};",
                "  status is converged, beyond-capacity (q = 1, entropy -infinity -> null) or not-converged.",
                "--alpha-range FROM:TO:COUNT --kappa K: {kappa, rs_exact, points: [{alpha, q, entropy, converged, status}], seconds}."})
public final class TheorySphericalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kappa", required = true, description = "margin (any finite number; RS exact for kappa >= 0)")
    double kappa;

    @Option(names = "--capacity", description = "the capacity alpha_sph(kappa) = jamming line alpha_J for kappa >= 0")
    boolean capacity;

    @Option(names = "--alpha", description = "load P/N (> 0)")
    Double alpha;

    @Option(names = "--alpha-range", paramLabel = "FROM:TO:COUNT", description = "a curve over alpha (all > 0)")
    String alphaRange;

    @Override
    public Integer call() {
        Ranges.requireIn("--kappa", kappa, -Limits.MAX_KAPPA, Limits.MAX_KAPPA);
        int chosen = (capacity ? 1 : 0) + (alpha != null ? 1 : 0) + (alphaRange != null ? 1 : 0);
        if (chosen != 1) {
            throw new BadInputException("give exactly one of --capacity, --alpha A, --alpha-range FROM:TO:COUNT (with --kappa K)");
        }
        ObjectNode out = Json.object();
        int exit = ExitCodes.OK;
        if (capacity) {
            SphericalCapacity.Capacity c = SphericalCapacity.of(kappa);
            Json.putNumber(out, "kappa", c.kappa());
            Json.putNumber(out, "alpha_c", c.alphaC());
            out.put("rs_exact", c.rsExact());
        } else if (alpha != null) {
            Ranges.requirePositive("--alpha", alpha, Limits.MAX_ALPHA);
            SphericalPoint p = new SphericalPerceptron().solve(alpha, kappa);
            Json.putNumber(out, "alpha", p.alpha());
            Json.putNumber(out, "kappa", p.kappa());
            writePoint(out, p);
            out.put("rs_exact", p.rsExact());
            exit = p.status() == SphericalPoint.Status.NOT_CONVERGED ? ExitCodes.NOT_CONVERGED : ExitCodes.OK;
        } else {
            double[] alphas = Ranges.parseAlphaGrid("--alpha-range", alphaRange).points();
            long start = System.nanoTime();
            List<SphericalPoint> points = new SphericalPerceptron().curve(kappa, alphas, Monitor.NONE);
            double seconds = (System.nanoTime() - start) * 1e-9;
            Json.putNumber(out, "kappa", kappa);
            out.put("rs_exact", SphericalCapacity.isRsExact(kappa));
            ArrayNode array = out.putArray("points");
            for (SphericalPoint p : points) {
                ObjectNode node = array.addObject();
                Json.putNumber(node, "alpha", p.alpha());
                writePoint(node, p);
                if (p.status() == SphericalPoint.Status.NOT_CONVERGED) {
                    exit = ExitCodes.NOT_CONVERGED;
                }
            }
            out.put("seconds", seconds);
        }
        Json.print(spec.commandLine().getOut(), out);
        return exit;
    }

    private static void writePoint(ObjectNode node, SphericalPoint p) {
        Json.putNumber(node, "q", p.q());
        Json.putNumber(node, "entropy", p.entropy());
        Json.putConvergence(node, p.convergence());
        node.put("status", p.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
