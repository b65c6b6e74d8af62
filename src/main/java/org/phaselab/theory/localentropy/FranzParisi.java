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
 * sorted distances (down through those below the start, then up from the start and the first points below it), each
 * point started from a sextic extrapolation (in ln d) of the last seven, whose unknowns are refined by their last Newton
 * correction; steps adapt (doubled after an easy one, halved after a failure). A point is accepted when the scaled
 * residual or the Newton correction is small ({@link Precision}): its value depends on the path only through that
 * tolerance. Around references of
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
        CAREFUL(1e-10, 1e-9), PREVIEW(1e-6, 1e-4);

        final double tolerance;
        /**
         * A point is also accepted, without the evaluation that would confirm the next iterate, when the Newton
         * correction there (exact Jacobian) is below this in the scaled unknowns (Sh, p, B^2/(1 - q1)): the correction
         * is the point's error to first order (BroydenNewton.StepCriterion), so the unknowns, the overlaps and the
         * slope d phi/d d are as accurate as with the residual criterion (measured: slopes within 2e-9 of the residual
         * criterion's on the panel's curves, but up to 5e-8 on a curve at alpha = 0.832 near alpha_GD; phi within 2e-13), and phi, stationary at the saddle, to the correction's square.
         */
        final double stepTolerance;

        Precision(double tolerance, double stepTolerance) {
            this.tolerance = tolerance;
            this.stepTolerance = stepTolerance;
        }
    }

    /** The careful tolerance. */
    static final double TOLERANCE = Precision.CAREFUL.tolerance;
    /** A solve from a good guess needs 1-4 evaluations: past this many the step is shortened. */
    private static final int FIRST_ATTEMPT = 8;
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
     * The small-distance start is given up after its first evaluation when the residual in p there, p_out - p at the
     * unconstrained guess p = S q~, exceeds this: the students are then far from unconstrained and the attempt fails
     * (measured on 400 random points of the sliders' domain: every start that converged had |p_out - p| &lt; 4e-3 at its
     * guess; 146 of the 191 that failed, 8 evaluations each, had more than 1e-2). Only the start changes, not the values.
     */
    private static final double SEED_P_RESIDUAL = 1e-2;
    /**
     * Students freeze when their mutual distance (1 - q1)/2 falls below this fraction of their distance d to the
     * reference (it is ~1 for unconstrained students, 1 - q1 = 1 - S^2): a step that fails past it ends the branch
     * (towards small d around references of nearly typical margin; towards large d for students of high margin).
     */
    private static final double FREEZING = 0.1;
    /** Evaluations one curve may spend: per distance asked for, and once for the start. */
    private static final int BUDGET_PER_POINT = 25;
    private static final int BUDGET_START = 300;
    /** Largest step of the march in ln d (a factor 2 in d). */
    private static final double MAX_LOG_STEP = Math.log(2);
    /** A step halved below this in ln d ends the march: the path does not go on. */
    private static final double SMALLEST_LOG_STEP = 1e-3;
    /** A step solved in at most this many evaluations lets the next one double (else grow by a fifth). */
    private static final int EASY_STEP = 3;
    /**
     * Points the guesses are extrapolated through (a sextic in ln d): measured on the benchmark's nine hard curves,
     * 1343 evaluations against 1484 with six points (and 1584 with five); eight was worse on the hardest curve.
     */
    private static final int HISTORY = 7;
    /**
     * B^2 is extrapolated in its logarithm only when it is below this on every known point (B^2 ~ exp(-c/d) where
     * students first leave their reference); larger, it is smooth in ln d and extrapolates better as it is.
     */
    private static final double LOG_B2_BELOW = 1e-6;
    /** A converged point's unknowns are refined by its last Newton correction only if that is below this (scaled). */
    private static final double REFINE_LIMIT = 1e-6;
    /** Margin continuation: first step as a fraction of |kappa - kappaRef|, growth after a success, fewest steps. */
    private static final double MARGIN_FIRST_STEP = 0.25;
    private static final double MARGIN_GROWTH = 1.5;
    private static final double MARGIN_SMALLEST_STEP = 1e-4;

    /**
     * Smallest distance solved: a point is marched to from d* = (1 - q~)/2 in steps of a factor 1.5, about 70 of them
     * down to 1e-12 but 1700 to 1e-300 (minutes); phi there is below 1e-10 anyway.
     */
    public static final double MIN_DISTANCE = 1e-12;

    private final Reference ref;
    private final SaddleEquations equations;
    private final BroydenNewton.Settings newton;
    /** The march's solves: fewer halvings (a step that fails is shortened instead). */
    private final BroydenNewton.Settings step;
    private final double stepTolerance;
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
        LocalEntropyDomain.requireTypicalStudents(ref.alpha(), kappa); // else no saddle: a point searched for minutes
        this.ref = ref;
        this.equations = new SaddleEquations(kappa, new ReferenceNodes(ref, quadrature));
        // 12 Newton steps and 30 evaluations a solve, 8 halvings, a fresh Jacobian below a factor 0.3 of progress
        // (the Jacobian is exact here, so the last two never matter), difference step 1e-7 (not used either)
        this.newton = new BroydenNewton.Settings(precision.tolerance, 12, 30, 8, 0.3, 1e-7);
        // the march: 3 halvings before a step is shortened instead
        this.step = new BroydenNewton.Settings(precision.tolerance, 12, 30, 3, 0.3, 1e-7);
        this.stepTolerance = precision.stepTolerance;
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
     * A point of the path and its unknowns refined by the last Newton correction (x - J^-1 F: exact to second order),
     * from which the next guesses are extrapolated; the point itself is reported as computed.
     */
    private record Known(LocalEntropyPoint point, double[] x) {
        double d() {
            return point.d();
        }

        boolean converged() {
            return point.converged();
        }

        static Known of(LocalEntropyPoint p) {
            return new Known(p, p.converged() ? p.unknowns() : null);
        }
    }

    /**
     * Points at the given distances (returned in the order given), all on the one path from d*: marched down through
     * the distances below d* in decreasing order and up through those above it. Cancellable between points.
     */
    public List<LocalEntropyPoint> curve(double[] distances, Monitor monitor) {
        for (double d : distances) {
            if (!(d >= MIN_DISTANCE && d < 0.5)) {
                throw new IllegalArgumentException("d must lie in [" + MIN_DISTANCE + ", 1/2), got " + d);
            }
        }
        budget = BUDGET_START + BUDGET_PER_POINT * distances.length;
        int initial = budget;
        LocalEntropyPoint[] out = new LocalEntropyPoint[distances.length];
        Integer[] order = new Integer[distances.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Double.compare(distances[i], distances[j]));
        Known start = start(distances.length == 0 ? SEED_DISTANCE
                : Math.min(SEED_DISTANCE, distances[order[0]]), monitor);
        int done = 0;
        // the up pass starts from the start and the down pass's first points, just below it (a better extrapolation)
        List<Known> nearStart = new ArrayList<>();
        for (boolean down : new boolean[] {true, false}) {
            List<Known> known = new ArrayList<>(down ? List.of(start) : nearStart);
            if (!down) {
                known.add(start);
            }
            LocalEntropyPoint failure = start.converged() ? null : start.point();
            for (int n = 0; n < order.length; n++) {
                int i = order[down ? order.length - 1 - n : n];
                if ((distances[i] <= start.d()) != down) {
                    continue;
                }
                monitor.checkCancelled();
                Known k = failure != null ? Known.of(failedAt(distances[i], failure)) : march(known, distances[i]);
                if (k.converged() && k.d() != known.get(known.size() - 1).d()) {
                    // (a distance asked for twice, or the start's own, adds no new point to extrapolate through)
                    known.add(k);
                    if (known.size() > HISTORY) {
                        known.remove(0);
                    }
                    if (down && nearStart.size() < HISTORY - 1) {
                        nearStart.add(0, k);
                    }
                } else if (!k.converged() && failure == null) {
                    failure = k.point();
                }
                out[i] = k.point();
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
                y -> equations.evaluate(d, y), guess, Math.min(budget, FIRST_ATTEMPT), BOUNDS, accept(d));
        return out.converged() ? pointOf(d, out, 0).point() : solve(d);
    }

    /** From a converged point of this curve to distance d on the same path (for searches along a curve). */
    public LocalEntropyPoint march(LocalEntropyPoint from, double d) {
        budget = BUDGET_START;
        return march(new ArrayList<>(List.of(Known.of(from))), d).point();
    }

    /** A point beyond a failure: not computed, for the failure's reason. */
    private static LocalEntropyPoint failedAt(double d, LocalEntropyPoint failure) {
        Convergence c = failure.convergence();
        return LocalEntropyPoint.failed(d, Convergence.failed(c.kind(), String.format(Locale.ROOT,
                "not reached: the path failed at d = %.4g (%s)", failure.d(), c.failure().detail()), 0, c.residual()));
    }

    /**
     * The first point of every path: at a small distance for references of higher margin (one short attempt: near
     * capacity the unconstrained guess is far off), else (or then) at d*.
     */
    private Known start(double smallest, Monitor monitor) {
        if (ref.kappaRef() > equations.kappa()) {
            double s = 1 - 2 * smallest;
            double[] free = {0.5 * Math.log((1 + s) / (1 - s)), s * ref.q(), B2_FLOOR};
            // the first evaluation is the guess's: past SEED_P_RESIDUAL the attempt stops there, as non-finite
            boolean[] first = {true};
            BroydenNewton.Outcome<SaddleEquations.Terms> out = new BroydenNewton(newton).solve(y -> {
                BroydenNewton.Value<SaddleEquations.Terms> v = equations.evaluate(smallest, y);
                if (first[0] && !(Math.abs(v.residual()[1]) <= SEED_P_RESIDUAL)) {
                    return new BroydenNewton.Value<>(new double[] {Double.NaN, Double.NaN, Double.NaN}, null);
                }
                first[0] = false;
                return v;
            }, free, Math.min(budget, FIRST_ATTEMPT), BOUNDS, accept(smallest));
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
    private Known fromReferences(Monitor monitor) {
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
                return Known.of(LocalEntropyPoint.failed(dStar, Convergence.failed(budget <= 0
                        ? Convergence.Kind.MAX_EVALUATIONS : Convergence.Kind.STALLED, String.format(Locale.ROOT,
                        "students' margin stuck at %.4g on the way from the references' %.4g to %.4g at d* = %.4g",
                        kappa, ref.kappaRef(), target, dStar), evaluations, Double.NaN)));
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
        BroydenNewton.Outcome<SaddleEquations.Terms> out = solver.solve(y -> equations.evaluate(dStar, y), x, budget, BOUNDS,
                accept(dStar));
        budget -= out.convergence().evaluations();
        return pointOf(dStar, out, evaluations);
    }

    /** The step criterion at distance d ({@link Precision#stepTolerance}). */
    private BroydenNewton.StepCriterion accept(double d) {
        return accept(d, stepTolerance);
    }

    /** Whether a Newton correction at distance d is below {@code limit} in the scaled unknowns (Sh, p, B^2/(1 - q1)). */
    private BroydenNewton.StepCriterion accept(double d, double limit) {
        double s = 1 - 2 * d;
        return (x, step) -> {
            double oneMinusQ1 = 1 - equations.explained(s, x[1]) - Math.max(0, x[2]);
            return Math.abs(step[0]) < limit && Math.abs(step[1]) < limit && Math.abs(step[2]) < limit * oneMinusQ1;
        };
    }

    /** The point of a Newton outcome at d (with its refined unknowns), or a failure with its reason. */
    private Known pointOf(double d, BroydenNewton.Outcome<SaddleEquations.Terms> out, int earlier) {
        Convergence c = out.convergence();
        Convergence total = c.converged() ? Convergence.reached(earlier + c.evaluations(), c.residual())
                : Convergence.failed(c.kind(), String.format(Locale.ROOT, "at d = %.4g: %s", d, c.failure().detail()),
                earlier + c.evaluations(), c.residual());
        if (!c.converged()) {
            return Known.of(LocalEntropyPoint.failed(d, total));
        }
        LocalEntropyPoint p = equations.point(d, out.x(), out.payload(), total);
        if (!p.converged()) {
            return Known.of(p);
        }
        // the refinement where the correction is small (an ill-conditioned Jacobian, at B^2 ~ 0, can make it large)
        double[] correction = out.correction();
        boolean small = correction != null && accept(d, REFINE_LIMIT).accepts(out.x(), correction);
        double[] x = small ? out.refined() : out.x().clone();
        x[2] = Math.max(0, x[2]);
        return new Known(p, x);
    }

    /**
     * From the last of the known points to d in adaptive steps in ln d: each one Newton solve from the guess
     * extrapolated through the path; a step that succeeds lets the next grow (up to {@link #MAX_LOG_STEP}), one that
     * fails is halved (down to {@link #SMALLEST_LOG_STEP}). Where the students freeze (their mutual distance
     * (1 - q1)/2 below {@link #FREEZING} times d at the last point) a failed step ends the branch: no RS solution.
     */
    private Known march(List<Known> known, double d) {
        List<Known> path = new ArrayList<>(known);
        Known last = path.get(path.size() - 1);
        double h = MAX_LOG_STEP;
        while (last.d() != d) {
            double remaining = Math.log(d / last.d());
            boolean arrives = Math.abs(remaining) <= h * (1 + 1e-9);
            double next = arrives ? d : last.d() * Math.exp(Math.copySign(h, remaining));
            Known p = attempt(path, next);
            if (p.converged()) {
                path.add(p);
                if (path.size() > HISTORY) {
                    path.remove(0);
                }
                last = p;
                h = Math.min(MAX_LOG_STEP, h * (p.point().evaluations() <= EASY_STEP ? 2 : 1.2));
                continue;
            }
            Convergence c = p.point().convergence();
            if (budget <= 0) {
                return Known.of(LocalEntropyPoint.failed(d, Convergence.failed(Convergence.Kind.MAX_EVALUATIONS,
                        String.format(Locale.ROOT, "the curve's evaluation budget ran out between d = %.4g and %.4g",
                                last.d(), d), c.evaluations(), c.residual())));
            }
            if ((1 - last.point().q1()) / (2 * last.d()) < FREEZING) {
                return Known.of(LocalEntropyPoint.failed(d, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                        String.format(Locale.ROOT, "the students freeze (q1 -> 1) %s d = %.4g: no RS solution with "
                                + "q1 < 1 at d = %.4g", d < last.d() ? "below" : "above", last.d(), d),
                        c.evaluations(), c.residual())));
            }
            h = Math.min(h, Math.abs(remaining)) / 2;
            if (h < SMALLEST_LOG_STEP) {
                return Known.of(LocalEntropyPoint.failed(d, Convergence.failed(c.kind(), String.format(Locale.ROOT,
                        "the path from d = %.4g stopped short of d = %.4g: %s", last.d(), d, c.failure().detail()),
                        c.evaluations(), c.residual())));
            }
        }
        return last;
    }

    /** One Newton solve at d from the guess extrapolated through the path (at most {@link #FIRST_ATTEMPT} evaluations). */
    private Known attempt(List<Known> path, double d) {
        if (budget <= 0) {
            return Known.of(LocalEntropyPoint.failed(d, Convergence.failed(Convergence.Kind.MAX_EVALUATIONS,
                    String.format(Locale.ROOT, "the curve's evaluation budget ran out before d = %.4g", d), 0, Double.NaN)));
        }
        BroydenNewton.Outcome<SaddleEquations.Terms> out = new BroydenNewton(step).solve(
                y -> equations.evaluate(d, y), extrapolate(path, d), Math.min(budget, FIRST_ATTEMPT), BOUNDS, accept(d));
        budget -= out.convergence().evaluations();
        return pointOf(d, out, 0);
    }

    /**
     * Lagrange extrapolation of the unknowns through the known points to distance d, in ln d (Sh ~ -ln(d)/2 at small
     * d), Sh through 1/Sh when all known Sh &gt; 1 (where students freeze Sh diverges, 1/Sh vanishes linearly); B^2 in
     * its logarithm when all known B^2 are positive (B^2 ~ exp(-c/d) where students first leave their reference), as it
     * is where it passes a minimum ({@link #passesMinimum}), else through B = sqrt(B^2), which grows linearly off exact
     * references; from a single exact reference point,
     * B^2 = {@link #B2_SEED} (Delta S)^2.
     */
    private double[] extrapolate(List<Known> known, double d) {
        double[] guess = new double[3];
        if (known.size() == 1) {
            guess = known.get(0).x().clone();
            if (known.get(0).d() == referenceDistance()) {
                // off the references (or students whose margin was moved at d*) B grows linearly in Delta S
                double deltaS = 2 * (d - known.get(0).d());
                double b = Math.sqrt(Math.max(guess[2], 0)) + Math.sqrt(B2_SEED) * Math.abs(deltaS);
                guess[2] = b * b;
            }
            guess[2] = Math.max(guess[2], B2_FLOOR);
            return guess;
        }
        boolean logB2 = known.stream().allMatch(p -> p.x()[2] > 0 && p.x()[2] < LOG_B2_BELOW);
        boolean inverseSh = known.stream().allMatch(p -> p.x()[0] > 1);
        boolean plainB2 = !logB2 && passesMinimum(known);
        double l = Math.log(d);
        for (int i = 0; i < known.size(); i++) {
            double weight = 1;
            double li = Math.log(known.get(i).d());
            for (int j = 0; j < known.size(); j++) {
                if (j != i) {
                    weight *= (l - Math.log(known.get(j).d())) / (li - Math.log(known.get(j).d()));
                }
            }
            double[] x = known.get(i).x();
            guess[0] += weight * (inverseSh ? 1 / x[0] : x[0]);
            guess[1] += weight * x[1];
            guess[2] += weight * (logB2 ? Math.log(x[2]) : plainB2 ? x[2] : Math.sqrt(x[2]));
        }
        if (inverseSh) {
            guess[0] = 1 / guess[0];
        }
        guess[2] = Math.max(B2_FLOOR, logB2 ? Math.exp(guess[2]) : plainB2 ? guess[2] : guess[2] * guess[2]);
        return guess;
    }

    /**
     * Whether B^2 falls and rises again along the known points: near d* it passes a small positive minimum (students of
     * another margin than their references' leave them), smooth in B^2 but nearly a kink in B = sqrt(B^2), so it is
     * then extrapolated as it is (measured: the worst hard curve 239 -&gt; 228 evaluations, all nine 1343 -&gt; 1338).
     */
    private static boolean passesMinimum(List<Known> known) {
        boolean rises = false;
        boolean falls = false;
        for (int i = 1; i < known.size(); i++) {
            double change = (known.get(i).x()[2] - known.get(i - 1).x()[2]) * (known.get(i).d() - known.get(i - 1).d());
            rises |= change > 0;
            falls |= change < 0;
        }
        return rises && falls;
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

