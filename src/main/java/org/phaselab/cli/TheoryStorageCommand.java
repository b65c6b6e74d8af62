package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory storage}: the binary perceptron storage problem (THEORY.md section 1), one saddle point,
 * the capacity, or an entropy curve over alpha. Exit 4 when a single point or the capacity did not converge
 * (the JSON carries null); curves exit 0 and say per point whether it converged.
 */
@Command(name = "storage", mixinStandardHelpOptions = true,
        description = "Binary perceptron storage: entropy s(alpha, kappa), capacity alpha_c(kappa) (RS).")
public final class TheoryStorageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha", description = "load P/N (> 0)")
    Double alpha;

    @Option(names = "--kappa", defaultValue = "0", description = "margin (default ${DEFAULT-VALUE})")
    double kappa;

    @Option(names = "--capacity", description = "print the capacity alpha_c(kappa), where the entropy vanishes")
    boolean capacity;

    @Option(names = "--alpha-range", paramLabel = "FROM:TO:COUNT", description = "an entropy curve over alpha")
    String alphaRange;

    @Override
    public Integer call() {
        Ranges.requireIn("--kappa", kappa, -Limits.MAX_KAPPA, Limits.MAX_KAPPA);
        int modes = (alpha != null ? 1 : 0) + (capacity ? 1 : 0) + (alphaRange != null ? 1 : 0);
        if (modes != 1) {
            throw new BadInputException("give exactly one of --alpha A, --capacity, --alpha-range FROM:TO:COUNT");
        }
        BinaryStorage storage = new BinaryStorage();
        ObjectNode out = Json.object();
        boolean converged = true;
        if (alpha != null) {
            Ranges.requirePositive("--alpha", alpha, Limits.MAX_ALPHA);
            StoragePoint p = storage.solve(alpha, kappa);
            out.put("alpha", alpha);
            out.put("kappa", kappa);
            Json.putNumber(out, "q", p.q());
            Json.putNumber(out, "qhat", p.qHat());
            Json.putNumber(out, "entropy", p.entropy());
            out.put("physical", p.physical());
            Json.putConvergence(out, p.convergence());
            converged = p.converged();
        } else if (capacity) {
            RootResult r = storage.capacity(kappa);
            out.put("kappa", kappa);
            Json.putNumber(out, "alpha_c", r.root());
            Json.putConvergence(out, r.convergence());
            converged = r.converged();
        } else {
            Ranges.Grid grid = Ranges.parseAlphaGrid("--alpha-range", alphaRange);
            long start = System.nanoTime();
            List<StoragePoint> points = RsTheoryBackend.storageCurve(kappa, grid.from(), grid.to(), grid.count(), Monitor.NONE);
            double seconds = (System.nanoTime() - start) * 1e-9;
            out.put("kappa", kappa);
            ArrayNode array = out.putArray("points");
            for (StoragePoint p : points) {
                ObjectNode o = array.addObject();
                o.put("alpha", p.alpha());
                Json.putNumber(o, "q", p.q());
                Json.putNumber(o, "entropy", p.entropy());
                o.put("physical", p.physical());
                Json.putConvergence(o, p.convergence());
            }
            out.put("seconds", seconds);
        }
        Json.print(spec.commandLine().getOut(), out);
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
