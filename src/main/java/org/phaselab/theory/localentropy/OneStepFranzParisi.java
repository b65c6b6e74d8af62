package org.phaselab.theory.localentropy;

import java.util.Locale;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.LevenbergMarquardt;

/**
 * The Franz-Parisi potential with the students broken in one step of replica symmetry (docs/local-entropy-1rsb.md;
 * Franz &amp; Parisi, J. Phys. I 5, 1401 (1995); Huang, Wong &amp; Kabashima, J. Phys. A 46, 375002 (2013); Huang &amp;
 * Kabashima, PRE 90, 052813 (2014); Baldassi et al., PRL 127, 278301 (2021)): the reference is a typical solution of
 * margin kappaRef with its RS overlap q~ (as in {@link FranzParisi}); the students at overlap S = 1 - 2d with it form
 * blocks of m, overlap q1 within a block and q0 between blocks:
 * <pre>
 *   phi(d; m) = extr [ -q1h (1-q1)/2 - (m/2)(q1h q1 - q0h q0) - Sh S + ph p + G_S + alpha G_E ]     (1RSB 3)
 * </pre>
 * ({@link OneStepEntropicTerm}, {@link OneStepEnergeticTerm}). The conjugates are explicit in (q1, q0, p) (1RSB 4.1);
 * the solver finds x = (Sh, p, ln B0^2, ln(q1 - q0)) with q0 = p^2/q~ + (S-p)^2/(1-q~) + B0^2 by
 * Levenberg-Marquardt with a difference Jacobian (a Newton line search stalls from the RS start), from the RS point
 * of {@link FranzParisi} with q0 at its q1 and 1 - q1 opened to {@value #START_GAP} of its RS value (the branch with
 * q1 &gt; q0 is discontinuous: the RS students are locally stable, 1RSB 2), or from a nearby one-step point.
 * A solve whose blocks close (q1 - q0 below {@value #COLLAPSED}) has fallen back onto RS and is reported as not
 * converged, with that reason. Not thread-safe.
 */
public final class OneStepFranzParisi {
    /** Max-norm of the scaled residual at a solution (relative in 1 - S, 1 - q1 and 1 - q0, absolute in p). */
    static final double TOLERANCE = 1e-9;
    /** Evaluations one solve may spend (each ~20-50 ms): 4 for a difference Jacobian, a few per Newton step. */
    static final int BUDGET = 120;
    /**
     * 1 - q1 of the first guess of a one-step point opened from the RS one, as a fraction of the RS 1 - q1 (measured
     * on the branch: 0.06-0.1 for alpha = 0.72-0.78, d = 0.008-0.05).
     */
    static final double START_GAP = 0.08;
    /** q1 - q0 below this: the blocks have closed, the point is the RS one. */
    static final double COLLAPSED = 1e-7;
    /** Relative step of the difference Jacobian (the quadratures are smooth to ~1e-11 in the unknowns). */
    private static final double DIFFERENCE_STEP = 1e-6;

    private final Reference ref;
    private final double kappa;
    private final ReferenceNodes nodes;
    private final FranzParisi rs;
    private final LevenbergMarquardt.Settings settings = new LevenbergMarquardt.Settings(TOLERANCE, BUDGET,
            DIFFERENCE_STEP);

    public OneStepFranzParisi(double alpha, double kappaRef, double kappa) {
        this.rs = new FranzParisi(alpha, kappaRef, kappa);
        this.ref = rs.reference();
        this.kappa = kappa;
        this.nodes = new ReferenceNodes(ref, Quadrature.FAST);
    }

    public Reference reference() {
        return ref;
    }

    /** The RS Franz-Parisi solver on the same reference (the start of every one-step path). */
    public FranzParisi replicaSymmetric() {
        return rs;
    }

    /**
     * The functional at given order parameters, the conjugates taken from their explicit equations (1RSB 4.1), and
     * the residual of the remaining ones.
     *
     * @param phi      the bracket of 1RSB 3 at these values (the potential if the residual vanishes)
     * @param residual (ln[(1-S_out)/(1-S)], p_out - p, ln[(1-q1_out)/(1-q1)], (q0_out - q0)/(1 - q0))
     */
    record Evaluation(double phi, double[] residual, double slope, double complexity, double q0Hat, double q1Hat,
                      double pHat, double replicon) {}

    /** The functional at (Sh, p, q0, q1), distance d, Parisi parameter m; null outside the domain. */
    Evaluation evaluate(double d, double m, double sHat, double p, double q0, double q1) {
        double s = 1 - 2 * d;
        double alpha = ref.alpha();
        OneStepEnergeticTerm.Result e = OneStepEnergeticTerm.evaluate(alpha, kappa, nodes, s, p, q0, q1, m);
        if (e == null) {
            return null;
        }
        // at q1 = q0 the two conjugates are one (1RSB 4.1: E<k'>^2 = E<k'^2> with a single block average)
        double q0Hat = q1 > q0 ? e.q0Hat() : e.q1Hat();
        OneStepEntropicTerm.Result g = OneStepEntropicTerm.evaluate(ref, e.q1Hat(), q0Hat, e.pHat(), sHat, m);
        if (g == null) {
            return null;
        }
        double phi = -e.q1Hat() * (1 - q1) / 2 - m / 2 * (e.q1Hat() * q1 - q0Hat * q0) - sHat * s + e.pHat() * p
                + g.gS() + alpha * e.gE();
        double dPhiDm = -(e.q1Hat() * q1 - q0Hat * q0) / 2 + g.dgSdm() + alpha * e.dgEdm();
        double[] residual = {Math.log(g.oneMinusS() / (2 * d)), g.p() - p, Math.log(g.oneMinusQ1() / (1 - q1)),
                (g.q0() - q0) / (1 - q0)};
        double slope = 2 * (sHat - alpha * e.dgEdS());
        double replicon = alpha * e.curvatureSquared() * g.sech4();
        return new Evaluation(phi, residual, slope, -m * m * dPhiDm, q0Hat, e.q1Hat(), e.pHat(), replicon);
    }

    /**
     * The replicon eigenvalue of the RS students at a converged RS point (1RSB 2, de Almeida-Thouless):
     * alpha E[k''^2] E[(1 - tanh^2)^2]; RS among the students is locally stable while it is below 1.
     */
    public double replicon(LocalEntropyPoint point) {
        if (!point.converged()) {
            throw new IllegalArgumentException("the replicon needs a converged RS point; at d = " + point.d() + ": "
                    + point.convergence().reason());
        }
        Evaluation at = evaluate(point.d(), 1, point.sHat(), point.p(), point.q1(), point.q1());
        if (at == null) {
            throw new IllegalStateException("the RS point at d = " + point.d() + " is not an overlap matrix");
        }
        return at.replicon();
    }

    /**
     * The one-step potential at d with m extremised in (0, 1] (1RSB 5): the branch opened from the RS point directly
     * at m = 1, where the RS start is exact in (Sh, p, q0) and only q1 has to move (1RSB 3.3). If its complexity
     * Sigma(1) is non-negative, phi decreases to m = 1 and the extremum is there (no condensation): that point, whose
     * phi is the RS one. If Sigma(1) &lt; 0 the extremum is an interior m* &lt; 1 (condensation), not searched here:
     * the point fails with that reason (never met for alpha = 0.72-0.78, 1RSB 8). A branch that is not found fails with
     * the solver's reason.
     */
    public OneStepPoint atStationaryM(double d) {
        OneStepPoint one = solve(d, 1);
        if (!one.converged() || one.complexity() >= 0) {
            return one;
        }
        Convergence c = one.convergence();
        return OneStepPoint.failed(d, 1, Convergence.failed(Convergence.Kind.NO_SOLUTION, String.format(Locale.ROOT,
                "Sigma(m = 1) = %.3g < 0 at d = %.4g: the extremum over m is an interior m* < 1 (condensation), "
                        + "which is not searched for", one.complexity(), d), c.evaluations(), c.residual()));
    }

    /** q0 for unknowns x = (Sh, p, ln B0^2, ln(q1 - q0)) at overlap S. */
    private double q0(double s, double[] x) {
        double qt = ref.q();
        return x[1] * x[1] / qt + (s - x[1]) * (s - x[1]) / (1 - qt) + Math.exp(x[2]);
    }

    /** The one-step point at (d, m), opened from the RS point at d. */
    public OneStepPoint solve(double d, double m) {
        LocalEntropyPoint start = rs.solve(d);
        if (!start.converged()) {
            return OneStepPoint.failed(d, m, Convergence.failed(start.convergence().kind(),
                    "no RS point to start from: " + start.convergence().failure().detail(), 0, Double.NaN));
        }
        double s = 1 - 2 * d;
        // q0 at the RS q1 (exact at m = 1, 1RSB 3.3), q1 opened to START_GAP of the RS 1 - q1
        double b02 = Math.max(start.b2(), 1e-12);
        double explained = q0(s, new double[] {0, start.p(), Double.NEGATIVE_INFINITY, 0});
        double delta = 1 - START_GAP * (1 - start.q1()) - explained - b02;
        return solve(d, m, new double[] {start.sHat(), start.p(), Math.log(b02), Math.log(delta)});
    }

    /**
     * The one-step point at (d, m) from a nearby one (continuation in d or m). Moving in d, the guess scales 1 - q1
     * and 1 - q0 with d and shifts Sh by ln(d_near/d)/2 (students near their reference: 1 - q ~ d, Sh ~ -ln(d)/2).
     */
    public OneStepPoint solveFrom(OneStepPoint near, double d, double m) {
        if (!near.converged()) {
            throw new IllegalArgumentException("continuation needs a converged one-step point; at d = " + near.d()
                    + ": " + near.convergence().reason());
        }
        double ratio = d / near.d();
        double q0 = 1 - (1 - near.q0()) * ratio;
        double q1 = 1 - (1 - near.q1()) * ratio;
        double b02 = q0 - q0(1 - 2 * d, new double[] {0, near.p(), Double.NEGATIVE_INFINITY, 0});
        return solve(d, m, new double[] {near.sHat() - 0.5 * Math.log(ratio), near.p(), Math.log(Math.max(b02, 1e-14)),
                Math.log(q1 - q0)});
    }

    private OneStepPoint solve(double d, double m, double[] guess) {
        if (!(m > 0 && m <= 1)) {
            throw new IllegalArgumentException("the Parisi parameter m must lie in (0, 1], got " + m);
        }
        double s = 1 - 2 * d;
        LevenbergMarquardt.Outcome<Evaluation> out = new LevenbergMarquardt(settings).solve(x -> {
            double q0 = q0(s, x);
            Evaluation e = evaluate(d, m, x[0], x[1], q0, q0 + Math.exp(x[3]));
            return new BroydenNewton.Value<>(e == null ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}
                    : e.residual(), e);
        }, guess);
        Convergence c = out.convergence();
        double[] x = out.x();
        double delta = Math.exp(x[3]);
        if (!c.converged() || delta < COLLAPSED) {
            String why = delta < COLLAPSED ? String.format(Locale.ROOT,
                    "the blocks close (q1 - q0 = %.1e): the solve falls back onto the RS point", delta)
                    : c.failure().detail();
            return OneStepPoint.failed(d, m, Convergence.failed(delta < COLLAPSED ? Convergence.Kind.NO_SOLUTION
                    : c.kind(), String.format(Locale.ROOT, "one-step point at d = %.4g, m = %.3g: %s", d, m, why),
                    c.evaluations(), c.residual()));
        }
        Evaluation e = out.payload();
        double q0 = q0(s, x);
        return new OneStepPoint(d, m, e.phi(), e.slope(), e.complexity(), q0, q0 + delta, x[1], x[0], e.q0Hat(),
                e.q1Hat(), e.pHat(), c);
    }
}
