package org.phaselab.theory.randomfeatures;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.BrentMinimizer;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.ParabolaMinimum;

/**
 * The local-entropy (atypical) transition alpha_LE(alpha_D) of the random-features perceptron: the load P/N below
 * which the Franz-Parisi local entropy around max-margin references is monotonic in d (wide dense regions exist).
 * Same criterion as the storage problem ({@code LocalEntropyTransition.CRITERION}, THEORY.md section 3), whose
 * alpha_D -&gt; 0 limit is 0.7290 (RS). At each load the dip of d phi/d d is bracketed (a scan of d in [0.002, 0.04]
 * the first time, then three distances around the last load's dip, widened until they bracket) and its minimum
 * found by Brent's minimiser to a relative tolerance {@value #D_TOLERANCE} in d, its depth from the parabola through
 * the best three points; the curve's points start from the
 * nearest load's solutions at nearby distances, the max-margin reference from its. The load is bracketed from
 * {@value #FIRST_RATIO} alpha_c (alpha_LE/alpha_c is 0.85-0.88 from the storage limit to alpha_D = 10) by secant
 * steps of at most {@value #BRACKET_STEP} alpha_c and refined by secant steps to {@value #ALPHA_TOLERANCE}.
 */
public final class AtypicalTransition {
    public static final String CRITERION = "RS Franz-Parisi local entropy phi_FP(d) around max-margin references "
            + "(kappaRef = kappa_max(alpha, alpha_D), students at kappa = 0) turns non-monotonic in d: min_d dphi/dd = 0";
    /** Distances of the first scan: the storage dip sits at d ~ 0.004-0.01 at onset (docs/local-entropy.md). */
    static final double[] GRID = {0.002, 0.003, 0.004, 0.0055, 0.0075, 0.01, 0.014, 0.02, 0.028, 0.04};
    /** Where the search for alpha_LE starts, and its steps, in units of alpha_c; the highest load tried. */
    static final double FIRST_RATIO = 0.87;
    static final double BRACKET_STEP = 0.03;
    /** The smallest step of the bracket search, in units of alpha_c (a secant step lands close: step past it). */
    private static final double SMALLEST_STEP = 0.004;
    /**
     * How fast the minimal slope falls with the load, for the first secant step: ~37 per unit of alpha in the storage
     * limit (docs/local-entropy.md: +0.0087 at 0.7288, -0.0063 at 0.7292); steps are aimed a little past the root.
     */
    private static final double SLOPE_PER_LOAD = 30;
    private static final double HIGHEST_RATIO = 0.97;
    private static final double LOWEST_RATIO = 0.6;
    /**
     * Around a known dip, the distances tried first are its position times and divided by this factor (the dip moves
     * by ~1% per 0.01 in alpha); the bracket widens by it while the smallest slope sits at an end.
     */
    private static final double NEAR = 1.1;
    /**
     * Relative accuracy of the dip's position. Its depth is read off the parabola through the three best points
     * ({@link #dipDepth}), exact to ~1e-6 there (the best point alone: ~1e-4), which moves alpha_LE by ~3e-8 (the
     * minimal slope falls by 20-38 per unit of alpha); 6e-2 saved four more points a row but moved roots by up to 7e-6.
     */
    static final double D_TOLERANCE = 3e-2;
    private static final int D_EVALUATIONS = 40;
    /** Accuracy of alpha_LE (its last secant step), and the budget of loads for the root. */
    static final double ALPHA_TOLERANCE = 5e-5;
    private static final int ALPHA_EVALUATIONS = 30;

    /**
     * The lowest point of d phi/d d over d at one load.
     *
     * @param alpha       the load
     * @param d           where the minimum lies (a scan's end when there is no interior dip)
     * @param value       the minimal slope (NaN if not found)
     * @param reference   the max-margin reference there (null if none)
     * @param convergence whether every point and the minimisation converged; evaluations are Franz-Parisi points
     */
    record Dip(double alpha, double d, double value, RandomFeaturesSaddle reference, Convergence convergence) {}

    private final Monitor monitor;
    private final BrentMinimizer minimizer = new BrentMinimizer(D_TOLERANCE, 0, D_EVALUATIONS);
    private final MaxMarginReference maxMargin = new MaxMarginReference();
    /** Every load solved so far: its points (by distance) and max-margin reference; the nearest load is the next start. */
    private final TreeMap<Double, Solved> solvedLoads = new TreeMap<>();
    /** One Newton-Broyden instance for every curve of the search: its Jacobian carries from load to load. */
    private final BroydenNewton newton = new BroydenNewton(RandomFeaturesFranzParisi.NEWTON);
    private int points;

    /** One load's points by distance, and its max-margin reference. */
    private record Solved(TreeMap<Double, RandomFeaturesFranzParisi.Solution> points, RandomFeaturesSaddle reference) {}

    public AtypicalTransition(Monitor monitor) {
        this.monitor = Monitor.cancellationOf(monitor);
    }

    /** alpha_LE at alphaD (value = alpha_LE; saddle = the max-margin reference there); not converged with a reason. */
    public ThresholdResult alphaLE(double alphaD) {
        ThresholdResult c = new InterpolationThreshold().alphaC(alphaD, monitor);
        if (!c.converged()) {
            return failed(Convergence.Kind.NO_SOLUTION, "no interpolation threshold at alpha_D = " + alphaD + ": " + c.failure());
        }
        double alphaC = c.value();
        double lo = FIRST_RATIO * alphaC;
        Dip at = minimalSlope(lo, alphaD);
        if (Double.isNaN(at.value())) {
            return failed(at.convergence().kind(), curveFailure(at, alphaD));
        }
        // secant steps towards the sign change (the first with the storage limit's rate), each at least
        // SMALLEST_STEP and at most BRACKET_STEP of alpha_c, in the direction the slope's sign says
        double direction = at.value() > 0 ? 1 : -1;
        double rate = -SLOPE_PER_LOAD;
        double hi = lo;
        Dip other = at;
        while ((other.value() > 0) == (at.value() > 0)) {
            at = other;
            lo = hi;
            double secant = -at.value() / rate;
            hi = lo + direction * Math.min(BRACKET_STEP * alphaC, Math.max(SMALLEST_STEP * alphaC, Math.abs(secant)));
            if (hi > HIGHEST_RATIO * alphaC || hi < LOWEST_RATIO * alphaC) {
                return failed(Convergence.Kind.NOT_BRACKETING_INTERVAL, String.format(Locale.ROOT, "phi_FP is %s "
                        + "monotonic at alpha = %.4f (%.2f alpha_c; minimal slope %.3g): no transition found in [%.2f, %.2f] "
                        + "alpha_c", direction > 0 ? "still" : "already not", lo, lo / alphaC, at.value(), LOWEST_RATIO,
                        HIGHEST_RATIO));
            }
            other = minimalSlope(hi, alphaD);
            if (Double.isNaN(other.value())) {
                return failed(other.convergence().kind(), curveFailure(other, alphaD));
            }
            if (other.value() != at.value()) {
                rate = (other.value() - at.value()) / (other.alpha() - at.alpha());
                rate = rate < 0 ? rate : -SLOPE_PER_LOAD;
            }
        }
        return secantRoot(at, other, alphaD);
    }

    /**
     * The root of the minimal slope between two loads of opposite sign, by secant steps through the two newest loads
     * (regula falsi's bracket kept, a bisection when a step would leave it): the minimal slope is nearly linear in the
     * load (its rate changes by ~6% across the bracket, docs/random-features.md), so once a secant step is shorter than
     * {@value #ALPHA_TOLERANCE} its end is the root, unevaluated, to ~the step times that change (~3e-6).
     */
    private ThresholdResult secantRoot(Dip a, Dip b, double alphaD) {
        Dip positive = a.value() > 0 ? a : b;
        Dip negative = a.value() > 0 ? b : a;
        Dip newest = b;
        Dip previous = a;
        for (int loads = 0; loads < ALPHA_EVALUATIONS; loads++) {
            double rate = (newest.value() - previous.value()) / (newest.alpha() - previous.alpha());
            double step = -newest.value() / rate;
            double next = newest.alpha() + step;
            double lo = Math.min(positive.alpha(), negative.alpha());
            double hi = Math.max(positive.alpha(), negative.alpha());
            boolean inside = rate < 0 && next > lo && next < hi;
            if (inside && Math.abs(step) <= ALPHA_TOLERANCE) {
                return new ThresholdResult(next, maxMargin.kappaMax(RandomFeaturesModel.sign(next, alphaD), monitor).saddle(),
                        Convergence.reached(points, Math.abs(newest.value())));
            }
            if (hi - lo <= ALPHA_TOLERANCE) {
                Dip best = Math.abs(positive.value()) < Math.abs(negative.value()) ? positive : negative;
                return new ThresholdResult(best.alpha(), best.reference(), Convergence.reached(points, Math.abs(best.value())));
            }
            Dip dip = minimalSlope(inside ? next : 0.5 * (lo + hi), alphaD);
            if (Double.isNaN(dip.value())) {
                return failed(dip.convergence().kind(), curveFailure(dip, alphaD));
            }
            previous = newest;
            newest = dip;
            if (dip.value() > 0) {
                positive = dip;
            } else {
                negative = dip;
            }
        }
        return failed(Convergence.Kind.MAX_EVALUATIONS, "no root of the minimal slope within " + ALPHA_EVALUATIONS
                + " loads between alpha = " + positive.alpha() + " and " + negative.alpha());
    }

    /**
     * Min over d of d phi/d d around the max-margin references at (alpha, alphaD): NaN if there is no reference, a point
     * on the way failed, or the minimisation did not converge.
     */
    Dip minimalSlope(double alpha, double alphaD) {
        monitor.checkCancelled();
        RandomFeaturesModel model = RandomFeaturesModel.sign(alpha, alphaD);
        Solved nearest = nearestLoad(alpha);
        ThresholdResult k = nearest == null ? maxMargin.kappaMax(model, monitor)
                : maxMargin.kappaMaxNear(model, nearest.reference(), monitor);
        if (!k.converged()) {
            return new Dip(alpha, Double.NaN, Double.NaN, null, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                    "no max-margin reference: " + k.failure(), 0, Double.NaN));
        }
        RandomFeaturesFranzParisi fp = new RandomFeaturesFranzParisi(model, k.saddle(), newton);
        TreeMap<Double, RandomFeaturesFranzParisi.Solution> solved = new TreeMap<>();
        double near = nearest == null ? Double.NaN : best(nearest.points());
        if (Double.isFinite(near)) {
            for (double d : new double[] {near, near / NEAR, near * NEAR}) {
                RandomFeaturesFranzParisi.Solution s = fp.solveFrom(closest(nearest.points(), d), d);
                points++;
                if (!s.converged()) {
                    return new Dip(alpha, d, Double.NaN, k.saddle(), s.point().convergence());
                }
                solved.put(d, s);
            }
        } else {
            for (RandomFeaturesFranzParisi.Solution s : fp.solutions(GRID, monitor)) {
                points++;
                if (s.converged()) {
                    solved.put(s.d(), s);
                } else if (s.d() > GRID[1]) {
                    // the smallest distances may be out of reach; the dip lies above them near the transition
                    return new Dip(alpha, s.d(), Double.NaN, k.saddle(), s.point().convergence());
                }
            }
        }
        // the smallest slope, widened outwards while it sits at an end (the first scan's ends are final)
        while (true) {
            double b = best(solved);
            boolean low = b == solved.firstKey();
            boolean high = b == solved.lastKey();
            if (!low && !high) {
                break;
            }
            double next = low ? b / NEAR : b * NEAR;
            if (!Double.isFinite(near) || next < GRID[0] || next > GRID[GRID.length - 1]) {
                remember(solved, k.saddle());
                return new Dip(alpha, b, solved.get(b).point().slope(), k.saddle(), Convergence.reached(points, 0));
            }
            RandomFeaturesFranzParisi.Solution s = fp.march(solved.get(b), next);
            points++;
            if (!s.converged()) {
                return new Dip(alpha, next, Double.NaN, k.saddle(), s.point().convergence());
            }
            solved.put(next, s);
        }
        double b = best(solved);
        BrentMinimizer.Minimum min = minimizer.minimize(d -> {
            monitor.checkCancelled();
            RandomFeaturesFranzParisi.Solution s = fp.march(closest(solved, d), d);
            points++;
            if (!s.converged()) {
                return Double.NaN;
            }
            solved.put(d, s);
            return s.point().slope();
        }, solved.lowerKey(b), solved.higherKey(b), b);
        remember(solved, k.saddle());
        Convergence c = min.converged() ? Convergence.reached(points, min.convergence().residual())
                : Convergence.failed(min.convergence().kind(), String.format(Locale.ROOT, "minimum over d at alpha = %.5f: %s",
                alpha, min.convergence().failure().detail()), points, min.convergence().residual());
        return new Dip(alpha, min.x(), min.converged() ? dipDepth(solved) : Double.NaN, k.saddle(), c);
    }

    /**
     * The depth of the dip: the minimum of the parabola in ln d through the best point and its two neighbours, exact
     * to third order in their spacing (the best point alone is off by the curvature times the distance to the
     * minimum squared, ~1e-4 at the minimiser's tolerance; the parabola's ~1e-6).
     */
    private static double dipDepth(TreeMap<Double, RandomFeaturesFranzParisi.Solution> solved) {
        double b = best(solved);
        Double lo = solved.lowerKey(b);
        Double hi = solved.higherKey(b);
        if (lo == null || hi == null) {
            return solved.get(b).point().slope();
        }
        return ParabolaMinimum.of(Math.log(lo), solved.get(lo).point().slope(), Math.log(b), solved.get(b).point().slope(),
                Math.log(hi), solved.get(hi).point().slope());
    }

    private void remember(TreeMap<Double, RandomFeaturesFranzParisi.Solution> solved, RandomFeaturesSaddle reference) {
        solvedLoads.put(reference.model().alpha(), new Solved(solved, reference));
    }

    /** The solved load nearest to alpha, or null. */
    private Solved nearestLoad(double alpha) {
        var below = solvedLoads.floorEntry(alpha);
        var above = solvedLoads.ceilingEntry(alpha);
        if (below == null || above == null) {
            return below == null ? (above == null ? null : above.getValue()) : below.getValue();
        }
        return alpha - below.getKey() < above.getKey() - alpha ? below.getValue() : above.getValue();
    }

    /** The distance of the smallest slope. */
    private static double best(TreeMap<Double, RandomFeaturesFranzParisi.Solution> solved) {
        double best = solved.firstKey();
        for (Map.Entry<Double, RandomFeaturesFranzParisi.Solution> e : solved.entrySet()) {
            if (e.getValue().point().slope() < solved.get(best).point().slope()) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The solved point nearest to d in ln d. */
    private static RandomFeaturesFranzParisi.Solution closest(TreeMap<Double, RandomFeaturesFranzParisi.Solution> solved,
                                                               double d) {
        var below = solved.floorEntry(d);
        var above = solved.ceilingEntry(d);
        if (below == null || above == null) {
            return (below == null ? above : below).getValue();
        }
        return d / below.getKey() < above.getKey() / d ? below.getValue() : above.getValue();
    }

    private static String curveFailure(Dip dip, double alphaD) {
        return String.format(Locale.ROOT, "the Franz-Parisi curve at alpha = %.4f, alpha_D = %.4g: %s", dip.alpha(), alphaD,
                dip.convergence().reason());
    }

    private ThresholdResult failed(Convergence.Kind kind, String why) {
        return new ThresholdResult(Double.NaN, null, Convergence.failed(kind, why, points, Double.NaN));
    }
}
