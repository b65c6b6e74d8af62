package org.phaselab.theory.deeplinear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;

/**
 * Finds every stationary point of the reduced loss on b &gt;= 0.
 *
 * <p>Why the search is complete: L'(b) = 2 m b g(b) with g(b) = a b^(2D) - c b^(D-1) + gamma
 * ({@link ReducedLoss}). For D &gt;= 2, g'(b) = b^(D-2) (2 D a b^(D+1) - (D-1) c) has the single positive zero
 * b_t = ((D-1) c / (2 D a))^(1/(D+1)), so g falls on (0, b_t) and rises on (b_t, inf): at most one root
 * on each side, bracketed by [0, b_t] and [b_t, B]. For D = 1, g = a b^2 - (c - gamma) rises on (0, inf).
 * B = 1.01 (c/a)^(1/(D+1)) bounds all roots, since a B^(D+1) &gt; c makes g(B) &gt; 0.
 * D = 0 (ridge) has the single closed-form minimum b = c / (a + gamma).
 */
public final class StationaryPointSolver {
    /** |b - b*| of each stationary point, and the evaluation budget of each Brent search. */
    public static final double B_TOLERANCE = 1e-14;
    public static final int MAX_EVALUATIONS = 200;
    private final BrentSolver brent;

    public StationaryPointSolver(double absoluteTolerance, int maxEvaluations) {
        this.brent = new BrentSolver(absoluteTolerance, maxEvaluations);
    }

    public StationaryPointSolver() {
        this(B_TOLERANCE, MAX_EVALUATIONS);
    }

    public Landscape solve(DeepLinearModel model, double gamma) {
        ReducedLoss loss = new ReducedLoss(model, gamma);
        int d = model.depth();
        List<StationaryPoint> points = new ArrayList<>();
        if (d == 0) {
            // ridge regression: L = (a + gamma) b^2 - 2 c b + E[y^2]
            points.add(StationaryPoint.at(loss, model.c() / (model.a() + gamma)));
            return finish(loss, points, Convergence.reached(0, 0.0));
        }
        points.add(StationaryPoint.at(loss, 0.0)); // L'(0) = 0 for every D >= 1
        double upper = 1.01 * Math.pow(model.c() / model.a(), 1.0 / (d + 1));
        double turning = d == 1 ? 0.0 : Math.pow((d - 1) * model.c() / (2.0 * d * model.a()), 1.0 / (d + 1));
        int evaluations = 0;
        Convergence.Failure failure = null;
        double gTurning = loss.stationarity(turning); // D = 1: g(0) = gamma - c (0^0 = 1)
        if (gTurning < 0) {
            List<double[]> brackets = new ArrayList<>();
            if (d >= 2 && gamma > 0) {
                brackets.add(new double[] {0.0, turning}); // g(0) = gamma > 0 > g(b_t): unstable root
            }
            brackets.add(new double[] {turning, upper}); // g(b_t) < 0 < g(B): the ordered minimum
            for (double[] bracket : brackets) {
                RootResult r = brent.solve(loss::stationarity, bracket[0], bracket[1]);
                evaluations += r.iterations();
                if (r.converged()) {
                    points.add(StationaryPoint.at(loss, r.root()));
                } else {
                    failure = r.failure();
                }
            }
        } else if (gTurning == 0 && d >= 2) {
            points.add(StationaryPoint.at(loss, turning)); // exactly at the spinodal: a double root
        }
        return finish(loss, points, failure == null ? Convergence.reached(evaluations, 0.0)
                : Convergence.failed(failure.kind(), failure.detail(), evaluations, Double.NaN));
    }

    private static Landscape finish(ReducedLoss loss, List<StationaryPoint> points, Convergence convergence) {
        DeepLinearModel model = loss.model();
        double gamma = loss.gamma();
        points.sort(Comparator.comparingDouble(StationaryPoint::b));
        // compare L(b) - L(0): near gamma_c of D = 1 the difference is far below the ulp of E[y^2]
        StationaryPoint global = points.stream().min(Comparator.comparingDouble(p -> loss.excess(p.b()))).orElse(null);
        for (StationaryPoint p : points) {
            if (!Double.isFinite(p.loss()) || !Double.isFinite(p.curvature())) {
                return new Landscape(model, gamma, points, null, Convergence.failed(Convergence.Kind.NOT_FINITE,
                        "non-finite loss at b = " + p.b(), convergence.evaluations(), Double.NaN));
            }
        }
        return new Landscape(model, gamma, points, convergence.converged() ? global : null, convergence);
    }
}
