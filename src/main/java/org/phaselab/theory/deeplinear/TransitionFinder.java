package org.phaselab.theory.deeplinear;

import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;

/**
 * Locates the transition of the reduced loss numerically.
 *
 * <ul>
 * <li>D = 0: no transition (ridge: b* = c/(a+gamma) &gt; 0 for every gamma).</li>
 * <li>D = 1: second order where the origin loses stability, L''(0) = 4 (gamma - c) = 0: the root of
 *     gamma - c, i.e. gamma_c = c (Ziyin &amp; Ueda: gamma_c = ||E[xy]|| for whitened data).</li>
 * <li>D &gt;= 2: the upper spinodal is the gamma at which the minimum of g over b, reached at the
 *     gamma-independent b_t (see {@link StationaryPointSolver}), touches zero: gamma_s = c b_t^(D-1) - a b_t^(2D).
 *     gamma_c is the root in (0, gamma_s) of L(b_ordered(gamma)) - L(0), found by Brent, each evaluation
 *     solving the landscape. It is checked in tests against the closed form b_c^(D+1) = (D-1) c / (D a),
 *     obtained by eliminating gamma between g(b) = 0 and L(b) = L(0).</li>
 * </ul>
 */
public final class TransitionFinder {
    private final StationaryPointSolver landscapes = new StationaryPointSolver();
    /** |gamma - gamma_c| at convergence, and the evaluation budget of the search (each evaluation solves a landscape). */
    private static final double GAMMA_TOLERANCE = 1e-13;
    private static final int MAX_EVALUATIONS = 200;
    private final BrentSolver brent = new BrentSolver(GAMMA_TOLERANCE, MAX_EVALUATIONS);

    public Transition find(DeepLinearModel model) {
        int d = model.depth();
        if (d == 0) {
            return new Transition(model, Transition.Order.NONE, Double.NaN, Double.NaN, Double.NaN, Convergence.reached(0, 0.0));
        }
        if (d == 1) {
            RootResult r = brent.solve(gamma -> new ReducedLoss(model, gamma).stationarity(0.0), 0.0, 2 * model.c());
            return new Transition(model, Transition.Order.SECOND, r.root(), r.root(), 0.0, r.convergence());
        }
        double a = model.a();
        double c = model.c();
        double bTurning = Math.pow((d - 1) * c / (2.0 * d * a), 1.0 / (d + 1));
        double gammaSpinodal = c * Math.pow(bTurning, d - 1) - a * Math.pow(bTurning, 2 * d);
        int[] evaluations = {0};
        RootResult r = brent.solve(gamma -> {
            Landscape l = landscapes.solve(model, gamma);
            evaluations[0] += l.evaluations();
            ReducedLoss loss = new ReducedLoss(model, gamma);
            return l.orderedMinimum().map(p -> loss.excess(p.b())).orElse(Double.NaN);
        }, 0.0, gammaSpinodal * (1 - 1e-12));
        if (!r.converged()) {
            return new Transition(model, Transition.Order.FIRST, Double.NaN, gammaSpinodal, Double.NaN,
                    Convergence.failed(r.failure().kind(), r.failure().detail(), evaluations[0] + r.iterations(), r.residual()));
        }
        double bJump = landscapes.solve(model, r.root()).orderedMinimum().map(StationaryPoint::b).orElse(Double.NaN);
        Convergence done = Double.isFinite(bJump) ? Convergence.reached(evaluations[0] + r.iterations(), r.residual())
                : Convergence.failed(Convergence.Kind.NO_SOLUTION, "no ordered minimum at gamma_c = " + r.root(),
                        evaluations[0] + r.iterations(), r.residual());
        return new Transition(model, Transition.Order.FIRST, r.root(), gammaSpinodal, bJump, done);
    }
}
