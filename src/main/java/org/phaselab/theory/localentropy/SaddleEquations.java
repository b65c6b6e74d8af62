package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Gaussian;

/**
 * The Franz-Parisi saddle-point equations (THEORY.md section 3) at fixed S = 1 - 2d, in the unknowns
 * x = (Sh, p, B^2), q1 = p^2/q~ + (S-p)^2/(1-q~) + B^2: the conjugates (q1h, ph) are explicit in (q1, p)
 * ({@link EnergeticTerm}) and (S, q1, p) explicit in the conjugates ({@link EntropicTerm}). The residual is
 * <pre>
 *   ( ln[(1 - S_out)/(1 - S)],  p_out - p,  ln[(1 - q1_out)/(1 - q1)] )
 * </pre>
 * (relative in 1 - S and 1 - q1, which fall like d at small distance and on which Sh acts like a logarithm), with its
 * exact Jacobian from the two terms' (chain rule). B^2 is unconstrained in sign for the solver but evaluated at
 * max(B^2, 0): the overlap matrix needs B^2 &gt;= 0, and B^2 -&gt; 0 is approached where students first leave their
 * reference (B^2 ~ exp(-c/d)) and where they are references (kappa = kappaRef, S = q~).
 */
final class SaddleEquations {
    /**
     * Everything computed at one x, for the point once it solves (G_S included: a point is often accepted at the
     * first or second evaluation, and G_S with the overlaps costs less than a pass of its own afterwards).
     */
    record Terms(double q1, EnergeticTerm.Result e, EntropicTerm.Result g) {}

    private final double alpha;
    private final double kappa;
    private final Reference ref;
    private final ReferenceNodes nodes;
    /** The energetic term's table, rebuilt in place at every evaluation (not thread-safe, as the solver). */
    private final StudentFieldTable table;

    SaddleEquations(double kappa, ReferenceNodes nodes) {
        this(kappa, nodes, new StudentFieldTable(0));
    }

    private SaddleEquations(double kappa, ReferenceNodes nodes, StudentFieldTable table) {
        this.alpha = nodes.ref.alpha();
        this.kappa = kappa;
        this.ref = nodes.ref;
        this.nodes = nodes;
        this.table = table;
    }

    /** The same equations for students of another margin (margin continuation; the same thread, the same table). */
    SaddleEquations withKappa(double studentKappa) {
        return new SaddleEquations(studentKappa, nodes, table);
    }

    double kappa() {
        return kappa;
    }

    /** The part p^2/q~ + (S-p)^2/(1-q~) of q1 that the references explain. */
    double explained(double s, double p) {
        return p * p / ref.q() + (s - p) * (s - p) / (1 - ref.q());
    }

    /** Residual, Jacobian and terms at x = (Sh, p, B^2), S = 1 - 2d; a non-finite residual outside the domain. */
    BroydenNewton.Value<Terms> evaluate(double d, double[] x) {
        double s = 1 - 2 * d;
        double b2 = Math.max(0, x[2]);
        double q1 = explained(s, x[1]) + b2;
        EnergeticTerm.Result e = EnergeticTerm.evaluate(alpha, kappa, nodes, s, q1, x[1], true, table);
        if (!e.valid()) {
            return new BroydenNewton.Value<>(new double[] {Double.NaN, Double.NaN, Double.NaN}, null);
        }
        EntropicTerm.Result g = EntropicTerm.evaluate(ref, e.q1Hat(), e.pHat(), x[0], true, true);
        double oneMinusS = 2 * d;
        double oneMinusQ1 = 1 - q1;
        double[] residual = {Math.log(g.oneMinusS() / oneMinusS), g.p() - x[1], Math.log(g.oneMinusQ1() / oneMinusQ1)};
        // d(S, q1, p)_out/d(Sh, p, B^2) = dEntropic/d(q1h, ph, Sh) . d(q1h, ph, Sh)/d(Sh, p, B^2)
        double[][] ent = g.jacobian();
        double[][] en = e.jacobian();
        double[][] out = new double[3][3];
        for (int r = 0; r < 3; r++) {
            out[r][0] = ent[r][2];
            out[r][1] = ent[r][0] * en[0][0] + ent[r][1] * en[1][0];
            out[r][2] = ent[r][0] * en[0][1] + ent[r][1] * en[1][1];
        }
        double dq1dp = 2 * x[1] / ref.q() - 2 * (s - x[1]) / (1 - ref.q());
        double[][] jacobian = new double[3][3];
        for (int j = 0; j < 3; j++) {
            jacobian[0][j] = -out[0][j] / g.oneMinusS();
            jacobian[1][j] = out[2][j] - (j == 1 ? 1 : 0);
            double dq1 = j == 1 ? dq1dp : j == 2 ? 1 : 0;
            jacobian[2][j] = -out[1][j] / g.oneMinusQ1() + dq1 / oneMinusQ1;
        }
        return new BroydenNewton.Value<>(residual, jacobian, new Terms(q1, e, g));
    }

    /** The point at a solution x of the equations at distance d. */
    LocalEntropyPoint point(double d, double[] x, Terms t, org.phaselab.theory.numerics.Convergence convergence) {
        double s = 1 - 2 * d;
        EnergeticTerm.Result e = t.e();
        double gS = t.g().gS();
        double phi = -e.q1Hat() * (1 - t.q1()) / 2 - x[0] * s + e.pHat() * x[1] + gS + alpha * e.gE();
        double slope = 2 * (x[0] - alpha * e.dgEdS());
        if (!Double.isFinite(phi) || !Double.isFinite(slope)) {
            return LocalEntropyPoint.failed(d, org.phaselab.theory.numerics.Convergence.failed(
                    org.phaselab.theory.numerics.Convergence.Kind.NOT_FINITE, "phi_FP not finite at the saddle",
                    convergence.evaluations(), convergence.residual()));
        }
        return new LocalEntropyPoint(d, phi, slope, Gaussian.binaryEntropy(d), t.q1(), x[1], e.q1Hat(), e.pHat(), x[0],
                Math.max(0, x[2]), convergence);
    }
}
