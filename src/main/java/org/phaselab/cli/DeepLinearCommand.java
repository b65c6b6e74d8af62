package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phaselab.theory.deeplinear.BranchPoint;
import org.phaselab.theory.deeplinear.DeepLinearModel;
import org.phaselab.theory.deeplinear.Landscape;
import org.phaselab.theory.deeplinear.StationaryPoint;
import org.phaselab.theory.deeplinear.StationaryPointSolver;
import org.phaselab.theory.deeplinear.Transition;
import org.phaselab.theory.deeplinear.TransitionFinder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code theory deep-linear}: the reduced loss of a weight-decayed net with D hidden layers
 * (Ziyin &amp; Ueda, arXiv:2205.12510), either at one gamma or its transition.
 */
@Command(name = "deep-linear", mixinStandardHelpOptions = true,
        description = {"Weight-decayed deep linear net, reduced loss L(b) = a b^(2(D+1)) - 2 c b^(D+1) + (D+1) gamma b^2 + E[y^2]"
                + " (Ziyin & Ueda, arXiv:2205.12510).",
                "With --gamma: the global minimum b*, its loss and all stationary points. With --transition: order, gamma_c, upper spinodal."})
public final class DeepLinearCommand implements Callable<Integer> {
    /** Largest gamma, a and c (smallest a and c: its inverse), so that c^2/a and the loss stay finite. */
    static final double MAX_CONSTANT = 1e6;

    @Spec
    CommandSpec spec;

    @Option(names = "--depth", required = true, description = "number of hidden layers D, 0..5")
    int depth;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--gamma", description = "weight decay gamma >= 0")
        Double gamma;

        @Option(names = "--transition", description = "locate the transition instead")
        boolean transition;
    }

    @Option(names = "--a", defaultValue = "1", description = "a = n.E[x x^T].n > 0 (default ${DEFAULT-VALUE})")
    double a;

    @Option(names = "--c", defaultValue = "1", description = "c = n.E[x y] > 0 (default ${DEFAULT-VALUE})")
    double c;

    @Option(names = "--y2", description = "E[y^2], shifts the loss (default c^2/a: noiseless target)")
    Double ySquared;

    @Override
    public Integer call() {
        DeepLinearModel model = model();
        ObjectNode out = Json.object();
        out.put("depth", depth);
        boolean converged;
        if (mode.transition) {
            Transition t = new TransitionFinder().find(model);
            out.put("order", t.order().label());
            Json.putNumber(out, "gamma_c", t.gammaC());
            Json.putNumber(out, "gamma_spinodal", t.gammaSpinodal());
            Json.putNumber(out, "b_jump", t.bJump());
            Json.putConvergence(out, t.convergence());
            converged = t.converged();
        } else {
            double gamma = mode.gamma;
            Ranges.requireIn("--gamma", gamma, 0, MAX_CONSTANT);
            Landscape l = new StationaryPointSolver().solve(model, gamma);
            BranchPoint p = BranchPoint.from(l);
            out.put("gamma", gamma);
            Json.putNumber(out, "b", l.bStar());
            Json.putNumber(out, "loss", p.lossGlobal());
            Json.putConvergence(out, l.convergence());
            Json.putNumber(out, "d_loss_d_gamma", p.dLossDGamma());
            Json.putNumber(out, "d2_loss_d_gamma2", p.d2LossDGamma2());
            ArrayNode points = out.putArray("stationary_points");
            for (StationaryPoint s : l.points()) {
                ObjectNode node = points.addObject();
                Json.putNumber(node, "b", s.b());
                Json.putNumber(node, "loss", s.loss());
                node.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            }
            converged = l.converged();
        }
        Json.print(spec.commandLine().getOut(), out);
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    private DeepLinearModel model() {
        if (depth < 0 || depth > DeepLinearModel.MAX_DEPTH) {
            throw new BadInputException("--depth must be in 0.." + DeepLinearModel.MAX_DEPTH + ", got " + depth);
        }
        Ranges.requireIn("--a", a, 1 / MAX_CONSTANT, MAX_CONSTANT);
        Ranges.requireIn("--c", c, 1 / MAX_CONSTANT, MAX_CONSTANT);
        if (ySquared == null) {
            return DeepLinearModel.of(depth, a, c);
        }
        Ranges.requireIn("--y2", ySquared, 0, MAX_CONSTANT * MAX_CONSTANT);
        return new DeepLinearModel(depth, a, c, ySquared);
    }
}
