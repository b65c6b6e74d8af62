package org.phaselab.theory.localentropy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;

/**
 * RS Franz-Parisi potential of the binary perceptron (THEORY.md section 3; Huang &amp; Kabashima, PRE 90, 052813
 * (2014); Baldassi et al., PRL 127, 278301 (2021)): the entropy of students of margin kappa at distance d from a
 * reference drawn among the solutions of margin kappaRef,
 * <pre>
 *   phi_FP(S) = extr [ -q1h (1-q1)/2 - Sh S + ph p + G_S(q1h, ph, Sh) + alpha G_E(q1, p, S) ],   S = 1 - 2d
 * </pre>
 * solved by Newton's method with the exact Jacobian ({@link SaddleEquations}) along one continuation path, whatever
 * distances are asked for. It starts, for references of higher margin (kappaRef &gt; kappa), at a small distance
 * d_s = min(d, {@value #SEED_DISTANCE}) where students are nearly unconstrained (q1 = S^2, p = S q~, Sh = atanh S,
 * B^2 = 0); otherwise, or when that fails, at d* = (1 - q~)/2, where students of margin kappaRef are references
 * (exact) and their margin is moved to kappa in adaptive steps. From there the curve is marched in ln d through the
 * sorted distances, each point started from a cubic extrapolation (in ln d) of the last converged ones, a step that
 * fails being split in two. A point's value depends on the path only through the tolerance. Around references of
 * (nearly) typical margin the RS solution ends at a small distance where the students freeze (q1 -&gt; 1, Sh -&gt;
 * infinity; Huang &amp; Kabashima 2014): below it points are reported as having no solution. Every curve has an
 * evaluation budget; a point that is not reached says why. Not thread-safe: one instance per thread.
 */
public final class FranzParisi {
    /**
     * How closely the saddle-point equations are solved: the max-norm of the scaled residual (relative in 1 - S and
     * 1 - q1, absolute in p) at a solution. CAREFUL for every number shown as a result; PREVIEW for a coarse curve drawn
     * while a slider moves (phi to ~1e-6), replaced by the careful one.
     */
    public enum Precision {
        CAREFUL(1e-10), PREVIEW(1e-6);

        final double tolerance;

        Precision(double tolerance) {
            this.tolerance = tolerance;
        }
    }

    /** The careful tolerance. */
    static final double TOLERANCE = Precision.CAREFUL.tolerance;
    /** A solve from a good guess needs 2-5 evaluations: past this many the next guess is tried. */
    private static final int FIRST_ATTEMPT = 10;
    /** B^2 &gt;= 0: the only bounded unknown. */
    private static final double[] BOUNDS = {Double.NaN, Double.NaN, 0};
    /**
     * Where students leave exact references (kappa = kappaRef at S = q~) B^2 grows quadratically, ~c Delta^2 with c of
     * order 1 (Delta: the change of S or of the students' margin): the first guess off that point.
     */
    private static final double B2_SEED = 1;
    /**
     * Guesses keep B^2 at least this positive: an unknown at its bound of 0 could not move under the
     * fraction-to-the-boundary rule (B^2 below ~1e-17 changes nothing else in double precision).
     */
    private static final double B2_FLOOR = 1e-30;
    /** Largest distance of the small-distance start (nearly unconstrained students). */
    static final double SEED_DISTANCE = 1e-3;
    /**
     * Students freeze when their mutual distance (1 - q1)/2 falls below this fraction of their distance d to the
     * reference (it is ~1 for unconstrained students, 1 - q1 = 1 - S^2): a step that fails past it ends the branch
     * (towards small d around references of nearly typical margin; towards large d for students of high margin).
     */
    private static final double FREEZING = 0.1;
    /** Evaluations one curve may spend: per distance asked for, and once for the start. */
    private static final int BUDGET_PER_POINT = 25;
    private static final int BUDGET_START = 300;
    /** Largest step of the march in ln d (a factor 2 in d) before a step is tried at all. */
    private static final double MAX_LOG_STEP = Math.log(2);
    /** A failed step in ln d is split in two at most this often. */
    private static final int SPLITS = 4;
    /** Points the guesses are extrapolated through (a cubic in ln d). */
    private static final int HISTORY = 4;
    /** Margin continuation: first step as a fraction of |kappa - kappaRef|, growth after a success, fewest steps. */
    private static final double MARGIN_FIRST_STEP = 0.25;
    private static final double MARGIN_GROWTH = 1.5;
    private static final double MARGIN_SMALLEST_STEP = 1e-4;

    private final Reference ref;
    private final SaddleEquations equations;
    private final BroydenNewton.Settings newton;
    private int budget;
    private int spent;

    public FranzParisi(Reference ref, double kappa) {
        this(ref, kappa, Precision.CAREFUL);
    }

    public FranzParisi(Reference ref, double kappa, Precision precision) {
        this(ref, kappa, Quadrature.FAST, precision);
    }

    /** With a chosen rule for the energetic term ({@link Quadrature#REFERENCE} to check {@link Quadrature#FAST}). */
    FranzParisi(Reference ref, double kappa, Quadrature quadrature) {
        this(ref, kappa, quadrature, Precision.CAREFUL);
    }

    private FranzParisi(Reference ref, double kappa, Quadrature quadrature, Precision precision) {
        this.ref = ref;
        this.equations = new SaddleEquations(kappa, new ReferenceNodes(ref, quadrature));
        // 12 Newton steps and 30 evaluations a solve, 8 halvings, a fresh Jacobian below a factor 0.3 of progress
        // (the Jacobian is exact here, so the last two never matter), difference step 1e-7 (not used either)
        this.newton = new BroydenNewton.Settings(precision.tolerance, 12, 30, 8, 0.3, 1e-7);
    }

    public FranzParisi(double alpha, double kappaRef, double kappa) {
        this(Reference.of(alpha, kappaRef), kappa);
    }

    public Reference reference() {
        return ref;
    }

    /** The distance d* = (1 - q~)/2 at which students are as far from their reference as another reference is. */
    public double referenceDistance() {
        return (1 - ref.q()) / 2;
    }

    /** The saddle at distance d, on the continuation path from d*. */
    public LocalEntropyPoint solve(double d) {
        return curve(new double[] {d}, Monitor.NONE).get(0);
    }

    /**
     * Points at the given distances (returned in the order given), all on the one path from d*: marched down through
     * the distances below d* in decreasing order and up through those above it. Cancellable between points.
     */
    public List<LocalEntropyPoint> curve(double[] distances, Monitor monitor) {
        for (double d : distances) {
            if (!(d > 0 && d < 0.5)) {
                throw new IllegalArgumentException("d must lie in (0, 1/2), got " + d);
            }
        }
        budget = BUDGET_START + BUDGET_PER_POINT * distances.length;
        int initial = budget;
        LocalEntropyPoint[] out = new LocalEntropyPoint[distances.length];
        Integer[] order = new Integer[distances.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Double.compare(distances[i], distances[j]));
        LocalEntropyPoint start = start(distances.length == 0 ? SEED_DISTANCE
                : Math.min(SEED_DISTANCE, distances[order[0]]), monitor);
        int done = 0;
        for (boolean down : new boolean[] {true, false}) {
            List<LocalEntropyPoint> known = new ArrayList<>(List.of(start));
            LocalEntropyPoint failure = start.converged() ? null : start;
            for (int n = 0; n < order.length; n++) {
                int i = order[down ? order.length - 1 - n : n];
                if ((distances[i] <= start.d()) != down) {
                    continue;
                }
                monitor.checkCancelled();
                LocalEntropyPoint p = failure != null ? failedAt(distances[i], failure) : march(known, distances[i]);
                if (p.converged()) {
                    known.add(p);
                    if (known.size() > HISTORY) {
                        known.remove(0);
                    }
                } else if (failure == null) {
                    failure = p;
                }
                out[i] = p;
                monitor.progress(++done / (double) distances.length);
            }
        }
        spent = initial - budget;
        return List.of(out);
    }

    /** Evaluations of the saddle-point equations the last curve spent. */
    int evaluationsSpent() {
        return spent;
    }

    /**
     * The saddle at d by Newton's method from a converged point of a nearby problem (another load or reference margin:
     * continuation between curves), or, if that fails, on this curve's own path.
     */
    LocalEntropyPoint solveFrom(LocalEntropyPoint nearby, double d) {
        budget = BUDGET_START;
        double[] guess = nearby.unknowns();
        guess[2] = Math.max(guess[2], B2_FLOOR);
        BroydenNewton.Outcome<SaddleEquations.Terms> out = new BroydenNewton(newton).solve(
                y -> equations.evaluate(d, y), guess, Math.min(budget, FIRST_ATTEMPT), BOUNDS);
        return out.converged() ? pointOf(d, out, 0) : solve(d);
    }

    /** From a converged point to distance d on the same path (for searches along a curve). */
    LocalEntropyPoint march(LocalEntropyPoint from, double d) {
        budget = BUDGET_START;
        return march(new ArrayList<>(List.of(from)), d);
    }

    /** A point beyond a failure: not computed, for the failure's reason. */
    private static LocalEntropyPoint failedAt(double d, LocalEntropyPoint failure) {
        Convergence c = failure.convergence();
        return LocalEntropyPoint.failed(d, Convergence.failed(c.kind(), String.format(Locale.ROOT,
                "not reached: the path failed at d = %.4g (%s)", failure.d(), c.failure().detail()), 0, c.residual()));
    }

    /** The first point of every path: at a small distance for references of higher margin, else (or then) at d*. */
    private LocalEntropyPoint start(double smallest, Monitor monitor) {
        if (ref.kappaRef() > equations.kappa()) {
            double s = 1 - 2 * smallest;
            double[] free = {0.5 * Math.log((1 + s) / (1 - s)), s * ref.q(), B2_FLOOR};
            BroydenNewton.Outcome<SaddleEquations.Terms> out = new BroydenNewton(newton).solve(
                    y -> equations.evaluate(smallest, y), free, budget, BOUNDS);
            budget -= out.convergence().evaluations();
            if (out.converged()) {
                return pointOf(smallest, out, 0);
            }
        }
        return fromReferences(monitor);
    }

    /**
     * At d* students of margin kappaRef are references: x = (q~h, q~, 0) solves the equations exactly. Their margin is
     * moved to kappa in adaptive steps (each solve from the linear extrapolation of the last two).
     */
    private LocalEntropyPoint fromReferences(Monitor monitor) {
        double dStar = referenceDistance();
        double[] x = {ref.qHat(), ref.q(), 0};
        double target = equations.kappa();
        double kappa = ref.kappaRef();
        double step = MARGIN_FIRST_STEP * (target - kappa);
        double[] previousX = null;
        double previousKappa = Double.NaN;
        int evaluations = 0;
        BroydenNewton solver = new BroydenNewton(newton);
        while (kappa != target) {
            monitor.checkCancelled();
            if (Math.abs(step) < MARGIN_SMALLEST_STEP * Math.abs(target - ref.kappaRef()) || budget <= 0) {
                return LocalEntropyPoint.failed(dStar, Convergence.failed(budget <= 0 ? Convergence.Kind.MAX_EVALUATIONS
                        : Convergence.Kind.STALLED, String.format(Locale.ROOT, "students' margin stuck at %.4g on the "
                        + "way from the references' %.4g to %.4g at d* = %.4g", kappa, ref.kappaRef(), target, dStar),
                        evaluations, Double.NaN));
            }
            double next = Math.abs(target - kappa) <= Math.abs(step) * (1 + 1e-9) ? target : kappa + step;
            double[] guess = x.clone();
            if (previousX != null) {
                // linear in the margin, B^2 through B = sqrt(B^2) (B grows linearly off the references)
                double f = (next - kappa) / (kappa - previousKappa);
                guess[0] += (x[0] - previousX[0]) * f;
                guess[1] += (x[1] - previousX[1]) * f;
                double b = Math.sqrt(x[2]) + (Math.sqrt(x[2]) - Math.sqrt(previousX[2])) * f;
                guess[2] = b * b;
            } else {
                guess[2] = Math.max(x[2], B2_SEED * (next - kappa) * (next - kappa));
            }
            SaddleEquations at = equations.withKappa(next);
            BroydenNewton.Outcome<SaddleEquations.Terms> out = solver.solve(y -> at.evaluate(dStar, y), guess, budget, BOUNDS);
            budget -= out.convergence().evaluations();
            evaluations += out.convergence().evaluations();
            if (out.converged()) {
                previousX = x;
                previousKappa = kappa;
                x = out.x();
                kappa = next;
                step *= MARGIN_GROWTH;
            } else {
                step /= 2;
            }
        }
        BroydenNewton.Outcome<SaddleEquations.Terms> out = solver.solve(y -> equations.evaluate(dStar, y), x, budget, BOUNDS);
        budget -= out.convergence().evaluations();
        return pointOf(dStar, out, evaluations);
    }

    /** The point of a Newton outcome at d, or a failure with its reason. */
    private LocalEntropyPoint pointOf(double d, BroydenNewton.Outcome<SaddleEquations.Terms> out, int earlier) {
        Convergence c = out.convergence();
        Convergence total = c.converged() ? Convergence.reached(earlier + c.evaluations(), c.residual())
                : Convergence.failed(c.kind(), String.format(Locale.ROOT, "at d = %.4g: %s", d, c.failure().detail()),
                earlier + c.evaluations(), c.residual());
        return c.converged() ? equations.point(d, out.x(), out.payload(), total) : LocalEntropyPoint.failed(d, total);
    }

    /** From the last of the known points to d: one Newton solve from the extrapolated guess, split where it fails. */
    private LocalEntropyPoint march(List<LocalEntropyPoint> known, double d) {
        LocalEntropyPoint from = known.get(known.size() - 1);
        if (from.d() == d) {
            return from;
        }
        int steps = (int) Math.ceil(Math.abs(Math.log(d / from.d())) / MAX_LOG_STEP - 1e-9);
        List<LocalEntropyPoint> path = new ArrayList<>(known);
        LocalEntropyPoint p = from;
        for (int k = 1; k <= steps; k++) {
            double next = k == steps ? d : from.d() * Math.pow(d / from.d(), k / (double) steps);
            p = reach(path, next, SPLITS);
            if (!p.converged()) {
                return p;
            }
            path.add(p);
            if (path.size() > HISTORY) {
                path.remove(0);
            }
        }
        return p;
    }

    /**
     * d from the path's last point: Newton from the extrapolated guess, then from the last point itself, then through
     * the geometric midpoint when both fail.
     */
    private LocalEntropyPoint reach(List<LocalEntropyPoint> path, double d, int splits) {
        LocalEntropyPoint last = path.get(path.size() - 1);
        LocalEntropyPoint p = null;
        double[] still = last.unknowns();
        still[2] = Math.max(still[2], B2_FLOOR);
        for (double[] guess : new double[][] {extrapolate(path, d), still}) {
            if (budget <= 0) {
                return LocalEntropyPoint.failed(d, Convergence.failed(Convergence.Kind.MAX_EVALUATIONS, String.format(
                        Locale.ROOT, "the curve's evaluation budget ran out before d = %.4g", d), 0, Double.NaN));
            }
            BroydenNewton.Outcome<SaddleEquations.Terms> out = new BroydenNewton(newton).solve(
                    y -> equations.evaluate(d, y), guess, Math.min(budget, FIRST_ATTEMPT), BOUNDS);
            budget -= out.convergence().evaluations();
            p = pointOf(d, out, 0);
            if (p.converged() || path.size() == 1) {
                break;
            }
        }
        if (p.converged() || splits == 0) {
            return p;
        }
        if ((1 - last.q1()) / (2 * last.d()) < FREEZING) {
            return LocalEntropyPoint.failed(d, Convergence.failed(Convergence.Kind.NO_SOLUTION, String.format(Locale.ROOT,
                    "the students freeze (q1 -> 1) %s d = %.4g: no RS solution with q1 < 1 at d = %.4g",
                    d < last.d() ? "below" : "above", last.d(), d), p.evaluations(), p.convergence().residual()));
        }
        LocalEntropyPoint mid = reach(path, Math.sqrt(last.d() * d), splits - 1);
        if (!mid.converged()) {
            return mid.d() == d ? mid : LocalEntropyPoint.failed(d, mid.convergence());
        }
        List<LocalEntropyPoint> longer = new ArrayList<>(path);
        longer.add(mid);
        return reach(longer.subList(Math.max(0, longer.size() - HISTORY), longer.size()), d, splits - 1);
    }

    /**
     * Lagrange extrapolation of the unknowns through the known points to distance d, in ln d (Sh ~ -ln(d)/2 at small
     * d), Sh through 1/Sh when all known Sh &gt; 1 (where students freeze Sh diverges, 1/Sh vanishes linearly); B^2 in its logarithm when all known B^2 are positive (B^2 ~ exp(-c/d) where students first leave their
     * reference), else through B = sqrt(B^2), which grows linearly off exact references; from a single exact
     * reference point, B^2 = {@link #B2_SEED} (Delta S)^2.
     */
    private double[] extrapolate(List<LocalEntropyPoint> known, double d) {
        double[] guess = new double[3];
        if (known.size() == 1) {
            guess = known.get(0).unknowns();
            if (guess[2] == 0 && isReferences(known.get(0))) {
                double deltaS = 2 * (d - known.get(0).d());
                guess[2] = B2_SEED * deltaS * deltaS;
            }
            guess[2] = Math.max(guess[2], B2_FLOOR);
            return guess;
        }
        boolean logB2 = known.stream().allMatch(p -> p.b2() > 0);
        boolean inverseSh = known.stream().allMatch(p -> p.sHat() > 1);
        double l = Math.log(d);
        for (int i = 0; i < known.size(); i++) {
            double weight = 1;
            double li = Math.log(known.get(i).d());
            for (int j = 0; j < known.size(); j++) {
                if (j != i) {
                    weight *= (l - Math.log(known.get(j).d())) / (li - Math.log(known.get(j).d()));
                }
            }
            double[] x = known.get(i).unknowns();
            guess[0] += weight * (inverseSh ? 1 / x[0] : x[0]);
            guess[1] += weight * x[1];
            guess[2] += weight * (logB2 ? Math.log(x[2]) : Math.sqrt(x[2]));
        }
        if (inverseSh) {
            guess[0] = 1 / guess[0];
        }
        guess[2] = Math.max(B2_FLOOR, logB2 ? Math.exp(guess[2]) : guess[2] * guess[2]);
        return guess;
    }

    /** Whether a point is the exact start at d*: students of the references' margin that are references. */
    private boolean isReferences(LocalEntropyPoint p) {
        return p.b2() == 0 && p.d() == referenceDistance() && equations.kappa() == ref.kappaRef();
    }

    /** (ln[(1-S_out)/(1-S)], p_out - p, ln[(1-q1_out)/(1-q1)]) at x = (Sh, p, B^2). */
    double[] residual(double d, double[] x) {
        return equations.evaluate(d, x).residual();
    }
}

