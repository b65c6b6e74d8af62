package org.phaselab.theory.randomfeatures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.phaselab.theory.localentropy.EntropicTerm;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.localentropy.Quadrature;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.progress.Monitor;

/**
 * RS Franz-Parisi local entropy of the random-features perceptron (docs/random-features.md, "Local entropy"):
 * students of margin kappa at distance d from a reference drawn among the solutions of margin kappaRef,
 * <pre>
 *   phi_FP(S) = extr [ -q1h (1-q1)/2 - Sh S + ph p + G_S(q1h, ph, Sh) + gamma phi_s^FP + G_E^FP ],   S = 1 - 2d
 * </pre>
 * with the weight term G_S of THEORY.md section 3 around the reference's (q~w, q~hw) ({@link EntropicTerm}), the
 * latent term {@link LatentEntropyFP} and the pattern term {@link EnergeticTermFP}. Unknowns x = (Sh, p, B, m1, Ss,
 * ps, B_l, ln G_l): q1 = p^2/q~w + (S-p)^2/(1-q~w) + B^2 as in the storage solver, and in latent space the same
 * split of the students' overlaps into what the references explain and the rest, q1s - m1^2 = k0 + B_l^2 and
 * r1 - q1s = G_l (k0 as in {@link LatentEntropyFP}); the gap G_l ~ d is stiff, so it is solved for in its log.
 * Equations: (S, p, q1) returned by G_S equal those put in,
 * and the latent stationarity d(gamma phi_s^FP + G_E^FP)/d(r1, q1s, Ss, ps, m1) = 0 (divided by max(1, gamma)); the
 * conjugates are
 * q1h = -2 dR/dq1, ph = -dR/dp with R = gamma phi_s^FP + G_E^FP. With k1 = 0 the latent part sits at its free point
 * and this is the storage potential of org.phaselab.theory.localentropy.FranzParisi.
 * <p>
 * Continuation: every curve starts at one point and is marched in d from it (steps of at most a factor
 * {@value #STEP}, halved where a step fails), one Newton-Broyden instance carrying its Jacobian along. The start is
 * (i) at d* = (1 - q~w)/2, where students of the references' margin are references (exact), their margin lowered to
 * kappa in adaptive steps; or (ii) for many latent dimensions per weight (gamma = alpha/alpha_D &gt;= {@value
 * #STORAGE_START_GAMMA}, where (i) is stiff), the storage potential's solution around a storage reference with the
 * same weight overlaps (the gamma -&gt; infinity limit) at the smallest distance, the latent block at the students'
 * free point and then solved alone ({@link #latentOnly}) before the whole system. Each falls back to the other.
 * {@link #solveFrom} starts a point from a nearby problem's solution (another load, another alpha_D): continuation
 * between curves. Every curve has an evaluation budget; a point that is not reached says why.
 */
public final class RandomFeaturesFranzParisi {
    /** Max-norm of the residual of the eight equations at a solution. */
    private static final double TOLERANCE = 1e-8;
    /**
     * Newton-Broyden: 20 steps and 60 evaluations a solve (a forward-difference Jacobian costs 8), 12 halvings, a fresh
     * Jacobian only when a step gains less than a factor 0.7 (Broyden's updates converge superlinearly, and fresh
     * differences cost 8 evaluations), difference step 1e-7.
     */
    static final BroydenNewton.Settings NEWTON = new BroydenNewton.Settings(TOLERANCE, 20, 60, 12, 0.7, 1e-7);
    /** The exact solve from the Taylor model's root (stiff points): a tighter residual, see {@link #fromStorage}. */
    private static final BroydenNewton.Settings STIFF_NEWTON = new BroydenNewton.Settings(TOLERANCE / 100, 20, 60, 12,
            0.7, 1e-7);
    /**
     * Evaluations of the equations one curve may spend (a converging 10-point curve needs ~200-500): a curve that keeps
     * failing (near the interpolation point, where the references approach capacity) stops and says why.
     */
    private static final int BUDGET = 3_000;
    /** Largest factor between successive distances of a march (halved where a step fails). */
    private static final double STEP = 1.5;
    /** The smallest factor a failing step is halved to before the march gives up. */
    private static final double SMALLEST_STEP = 1.02;
    /** Points the guesses are extrapolated through. */
    private static final int HISTORY = 3;
    /** From this many latent dimensions per weight on, a curve starts from the storage potential. */
    static final double STORAGE_START_GAMMA = 2;
    /** From this many on, every point starts from the storage potential (no march in d). */
    static final double STIFF_GAMMA = 8;
    /** Margin continuation at d*: first step (a twelfth of the way), growth after a success, smallest step. */
    private static final int MARGIN_STEPS = 12;
    private static final double MARGIN_GROWTH = 1.5;
    private static final double MARGIN_SMALLEST = 1e-4;
    /** The latent Hessian's difference step never falls below this multiple of its relative step. */
    private static final double SMALLEST_GAP = 1e-10;
    /** Guesses keep B^2 and B_l^2 at least this positive. */
    private static final double B2_FLOOR = 1e-12;
    /** B^2 seeds of the margin continuation (where students leave exact references). */
    private static final double[] B2_SEEDS = {1e-3, 1e-4, 1e-2};

    private int evaluations;

    private final RandomFeaturesModel students;
    private final FpReference ref;
    private final Reference weights;
    private final EnergeticTermFP energetic;
    private final Quadrature quadrature;
    private final BroydenNewton newton;
    /** The storage potential of {@link #fromStorage} (built on first use) and its last solved point. */
    private FranzParisi storage;
    private LocalEntropyPoint lastSeed;
    /** Without the shortcuts to a guess (Taylor model, storage seed marched from the last): for tests. */
    private boolean careful;

    /** Students of {@code students} (alpha, alphaD, kappa, k1, kStar) around references of margin kappaRef. */
    public RandomFeaturesFranzParisi(RandomFeaturesModel students, double kappaRef) {
        this(students, RandomFeaturesSolver.DEFAULT.solve(students.withKappa(kappaRef)));
    }

    /** Around the references described by a converged saddle at the students' (alpha, alphaD, k1, kStar). */
    public RandomFeaturesFranzParisi(RandomFeaturesModel students, RandomFeaturesSaddle reference) {
        this(students, reference, Quadrature.FAST);
    }

    RandomFeaturesFranzParisi(RandomFeaturesModel students, RandomFeaturesSaddle reference, Quadrature quadrature) {
        this(students, reference, quadrature, new BroydenNewton(NEWTON));
    }

    /**
     * Sharing a Newton-Broyden instance with the curves of nearby problems (a search over loads): the Jacobian it
     * carries from one to the next saves the forward differences (8 evaluations each).
     */
    RandomFeaturesFranzParisi(RandomFeaturesModel students, RandomFeaturesSaddle reference, BroydenNewton shared) {
        this(students, reference, Quadrature.FAST, shared);
    }

    private RandomFeaturesFranzParisi(RandomFeaturesModel students, RandomFeaturesSaddle reference, Quadrature quadrature,
                                      BroydenNewton newton) {
        this.newton = newton;
        this.students = students;
        this.ref = FpReference.of(reference);
        RandomFeaturesModel r = reference.model();
        if (r.alpha() != students.alpha() || r.alphaD() != students.alphaD() || r.k1() != students.k1()
                || r.kStar() != students.kStar()) {
            throw new IllegalArgumentException("reference and students must share alpha, alphaD and the feature map");
        }
        this.weights = new Reference(students.alpha(), r.kappa(), ref.order().qw(), ref.order().qhw());
        this.energetic = new EnergeticTermFP(ref, students.kappa(), quadrature);
        this.quadrature = quadrature;
    }

    /** This instance without the shortcuts to its guesses (the careful path the fast one is tested against). */
    RandomFeaturesFranzParisi careful() {
        careful = true;
        return this;
    }

    /** Students at kappa = 0 around the max-margin references at (alpha, alphaD); throws if there are none (UNSAT). */
    public static RandomFeaturesFranzParisi aroundMaxMargin(double alpha, double alphaD, Monitor monitor) {
        RandomFeaturesModel model = RandomFeaturesModel.sign(alpha, alphaD);
        ThresholdResult k = new MaxMarginReference().kappaMax(model, monitor);
        if (!k.converged()) {
            throw new IllegalArgumentException("no max-margin reference at alpha = " + alpha + ", alphaD = " + alphaD
                    + ": " + k.failure());
        }
        return new RandomFeaturesFranzParisi(model, k.saddle());
    }

    public double kappaRef() {
        return ref.kappaRef();
    }

    /** The reference's weight overlap q~w: students at S = q~w are as far from their reference as another one. */
    public double referenceOverlap() {
        return ref.order().qw();
    }

    /**
     * Points at the given distances (returned in the order given), all on one path from the start: down through the
     * smaller distances in decreasing order and up through the larger ones, each point from the last converged ones;
     * cancellable.
     */
    public List<LocalEntropyPointRF> curve(double[] distances, Monitor monitor) {
        return solutions(distances, monitor).stream().map(Solution::point).toList();
    }

    /** As {@link #curve}, with the unknowns of each point (starting guesses for nearby problems). */
    List<Solution> solutions(double[] distances, Monitor monitor) {
        evaluations = 0;
        Solution[] out = new Solution[distances.length];
        double smallest = Arrays.stream(distances).min().orElse(0.01);
        Solution start = start(smallest, monitor);
        Integer[] order = new Integer[distances.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Double.compare(distances[j], distances[i]));
        int done = 0;
        for (boolean down : new boolean[] {true, false}) {
            List<Solution> known = new ArrayList<>(List.of(start));
            Solution failure = start.converged() ? null : start;
            for (int n = 0; n < order.length; n++) {
                int i = order[down ? n : order.length - 1 - n];
                if ((distances[i] <= start.d()) != down) {
                    continue;
                }
                monitor.checkCancelled();
                Solution s = failure != null ? failed(distances[i], failure) : reach(known, distances[i]);
                if (s.converged()) {
                    known.add(s);
                    if (known.size() > HISTORY) {
                        known.remove(0);
                    }
                } else if (failure == null) {
                    failure = s;
                }
                out[i] = s;
                monitor.progress(++done / (double) distances.length);
            }
        }
        return List.of(out);
    }

    /**
     * The point at d after the known ones: for many latent dimensions per weight (gamma &gt;= {@value #STIFF_GAMMA})
     * from the storage potential at d itself (the equations are so stiff there that Newton's linearisation holds only
     * within ~1e-7 of a solution, and a march in d fails; the storage seed lands within reach), else by the march.
     */
    private Solution reach(List<Solution> known, double d) {
        Solution last = known.get(known.size() - 1);
        if (last.d() == d && last.converged()) {
            // the path's start at the smallest distance (the storage seed would solve it a second time)
            return last;
        }
        if (students.gamma() >= STIFF_GAMMA) {
            Solution s = fromStorage(d);
            if (s.converged()) {
                return s;
            }
        }
        return march(known, d);
    }

    /** One point, on the path from the start. */
    public LocalEntropyPointRF solve(double d) {
        return curve(new double[] {d}, Monitor.NONE).get(0);
    }

    /**
     * The point at d by Newton from a nearby problem's solution (another load or alpha_D: continuation between curves;
     * the Jacobian carried from this instance's last solve), or, if that fails, on this curve's own path. For many
     * latent dimensions per weight (gamma &gt;= {@value #STIFF_GAMMA}) the storage seed comes first, as in {@link
     * #reach}: there the nearby solution is rarely within Newton's reach, and the failed tries cost 0.3-1 s a point
     * (alpha_LE at alpha_D = 0.001) against ~60 ms for the storage seed.
     */
    Solution solveFrom(Solution nearby, double d) {
        evaluations = 0;
        boolean stiff = students.gamma() >= STIFF_GAMMA;
        Solution s = stiff ? fromStorage(d) : solve(d, nearby.x());
        if (!s.converged() && stiff) {
            s = solve(d, nearby.x());
        }
        if (!s.converged()) {
            // the latent block first (the nearby problem's latent overlaps may not fit these references), then all
            double[] x = nearby.x().clone();
            latentOnly(1 - 2 * d, x, energetic);
            newton.reset();
            s = solve(d, x);
        }
        return s.converged() ? s : solutions(new double[] {d}, Monitor.NONE).get(0);
    }

    /** From a solved point to d on this curve's path (for searches along a curve). */
    Solution march(Solution from, double d) {
        evaluations = 0;
        return reach(new ArrayList<>(List.of(from)), d);
    }

    /** A solve at one distance: the unknowns, the point, and whether it converged. */
    record Solution(double d, double[] x, LocalEntropyPointRF point) {
        boolean converged() {
            return point.converged();
        }
    }

    /** The first point of a path: from the storage potential for large gamma, else from the references (then the other). */
    private Solution start(double smallest, Monitor monitor) {
        boolean storageFirst = students.gamma() >= STORAGE_START_GAMMA;
        Solution first = storageFirst ? fromStorage(smallest) : fromReferences(monitor);
        if (first.converged()) {
            return first;
        }
        Solution second = storageFirst ? fromReferences(monitor) : fromStorage(smallest);
        return second.converged() ? second : first;
    }

    /**
     * The gamma -&gt; infinity limit as a guess: the storage Franz-Parisi saddle around a storage reference of the same
     * weight overlaps (q~w, q~hw) and margin, at distance d; the students' latent overlaps built like their weight
     * overlaps on the references' latent ones (teacher overlap m~, own reference S-interpolated between another
     * reference's q~s at S = q~w and r~ at S = 1, other references p q~s/q~w, the unexplained part B^2 and the gap
     * 1 - q1 as in the weights), the latent block then solved alone, then the whole system.
     */
    private Solution fromStorage(double d) {
        LocalEntropyPoint seed = storageSeed(d);
        if (!seed.converged()) {
            return new Solution(d, null, failedPoint(d, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                    "no storage Franz-Parisi saddle to start from: " + seed.convergence().reason(), 0, Double.NaN)));
        }
        double s = 1 - 2 * d;
        OrderParameters o = ref.order();
        double ss = o.qs() + (o.r() - o.qs()) * (s - o.qw()) / (1 - o.qw());
        double b2 = Math.max(seed.b2(), B2_FLOOR);
        double[] x = {seed.sHat(), seed.p(), b2, o.m(), ss, seed.p() * o.qs() / o.qw(), b2, Math.log(1 - seed.q1())};
        PatternTerm model = latentOnly(s, x, energetic);
        if (model != null) {
            // then the whole system on the same model (the weights' seed is the gamma -> infinity limit, close): its
            // root is a Newton step for the pattern term, exact in the rest, and saves one exact evaluation
            BroydenNewton.Outcome<Terms> onModel = new BroydenNewton(NEWTON).solve(y -> evaluate(s, y, model), x);
            if (onModel.norm() < TOLERANCE) {
                // from so close a guess Newton stops just inside the tolerance, where the slope can be 2e-7 off; a
                // tighter one keeps it as accurate as the careful path's (which overshoots the tolerance quadratically)
                return solve(d, onModel.x(), new BroydenNewton(STIFF_NEWTON));
            }
        }
        newton.reset();
        return solve(d, x);
    }

    /**
     * The storage Franz-Parisi saddle at d: marched from the last one solved (a search along this curve asks for
     * nearby distances: one or two steps, against a whole path from its start, 20 % of a stiff point's time), or, if
     * there is none or that fails, solved on its own path. Only a guess: the point is then solved exactly.
     */
    private LocalEntropyPoint storageSeed(double d) {
        if (storage == null) {
            storage = new FranzParisi(weights, students.kappa());
        }
        LocalEntropyPoint seed = lastSeed == null || careful ? null : storage.march(lastSeed, d);
        if (seed == null || !seed.converged()) {
            seed = storage.solve(d);
        }
        if (seed.converged()) {
            lastSeed = seed;
        }
        return seed;
    }

    /**
     * At S = q~w students of margin kappaRef are references (x known exactly); the margin is lowered to the
     * students' kappa in steps, each solve continued from the last.
     */
    private Solution fromReferences(Monitor monitor) {
        OrderParameters o = ref.order();
        double dStar = (1 - o.qw()) / 2;
        double s = o.qw();
        String why = null;
        for (double b2 : B2_SEEDS) {
            double[] x = unknowns(o.qhw(), o.qw(), Math.sqrt(b2), o.r(), o.qs(), o.qs(), o.qs(), o.m());
            latentOnly(s, x, new EnergeticTermFP(ref, ref.kappaRef(), quadrature));
            double kappa = ref.kappaRef();
            double step = (students.kappa() - ref.kappaRef()) / MARGIN_STEPS;
            newton.reset();
            while (kappa != students.kappa() && Math.abs(step) > MARGIN_SMALLEST * Math.abs(ref.kappaRef() - students.kappa())
                    && evaluations < BUDGET) {
                monitor.checkCancelled();
                double next = Math.abs(students.kappa() - kappa) <= Math.abs(step) * 1.0001 ? students.kappa() : kappa + step;
                EnergeticTermFP term = next == students.kappa() ? energetic : new EnergeticTermFP(ref, next, quadrature);
                double[] from = x;
                BroydenNewton.Outcome<Terms> out = newton.solve(y -> evaluate(s, y, term), from);
                if (out.norm() < TOLERANCE) {
                    x = out.x();
                    kappa = next;
                    step *= MARGIN_GROWTH;
                } else {
                    newton.reset();
                    step /= 2;
                    why = String.format(Locale.ROOT, "student margin %.4g: residual %.2g", next, out.norm());
                }
            }
            if (kappa == students.kappa()) {
                return solve(dStar, x);
            }
        }
        return new Solution(dStar, null, failedPoint(dStar, Convergence.failed(evaluations >= BUDGET
                ? Convergence.Kind.MAX_EVALUATIONS : Convergence.Kind.STALLED, String.format(Locale.ROOT,
                "Franz-Parisi saddle not found at d = %.4g when lowering the students' margin from the references' %.4g (%s)",
                dStar, ref.kappaRef(), why), evaluations, Double.NaN)));
    }

    /**
     * Moves the latent unknowns of x to the solution of the five latent equations with the weight unknowns held
     * (after B^2 is moved off zero, the stiff latent block, weighted by gamma, would otherwise dominate the first
     * Newton steps); kept only if that 5 x 5 solve converges. Returns the Taylor model of the pattern term it was
     * solved on (stiff problems, see {@link #taylor}), or null when it used the exact term.
     */
    private PatternTerm latentOnly(double s, double[] x, EnergeticTermFP term) {
        double[] y = x.clone();
        PatternTerm pattern = v -> term.evaluate(v, true);
        PatternTerm model = null;
        if (students.gamma() >= STIFF_GAMMA && !careful) {
            double[] v0 = covariances(s, overlaps(s, x));
            EnergeticTermFP.Result e0 = term.evaluate(v0, true);
            if (e0.valid()) {
                model = v -> taylor(e0, v0, v);
                pattern = model;
            }
        }
        PatternTerm patternTerm = pattern;
        BroydenNewton.Outcome<Void> out = new BroydenNewton(NEWTON).solve(lat -> {
            System.arraycopy(lat, 0, y, 3, 5);
            BroydenNewton.Value<Terms> v = evaluate(s, y, patternTerm);
            double[][] block = null;
            if (v.jacobian() != null) {
                block = new double[5][];
                for (int i = 0; i < 5; i++) {
                    block[i] = Arrays.copyOfRange(v.jacobian()[i + 3], 3, 8);
                }
            }
            return new BroydenNewton.Value<>(Arrays.copyOfRange(v.residual(), 3, 8), block, null);
        }, Arrays.copyOfRange(x, 3, 8));
        if (out.norm() < TOLERANCE) {
            System.arraycopy(out.x(), 0, x, 3, 5);
        }
        return model;
    }

    /**
     * The pattern term's second-order Taylor model about v0 (value, gradient and Hessian of e0 there) at v. For many
     * latent dimensions per weight (gamma &gt;= {@value #STIFF_GAMMA}) the latent block alone is solved on it: its
     * equations are gamma grad phi_s^FP + V^T grad G_E = 0, so the model's O(|v - v0|^2) error in grad G_E moves that
     * guess by ~1/gamma of it, and the whole system is then solved exactly from there; the pattern term, 60 % of
     * an evaluation, is computed once instead of at each of the ~3 latent Newton steps; {@link #fromStorage} then solves
     * the whole system on the same model before the exact solve (180 exact pattern terms a row at alpha_D = 0.001,
     * then 143).
     */
    private static EnergeticTermFP.Result taylor(EnergeticTermFP.Result e0, double[] v0, double[] v) {
        int n = v0.length;
        double[] dv = new double[n];
        for (int i = 0; i < n; i++) {
            dv[i] = v[i] - v0[i];
        }
        double[] gradient = e0.gradient().clone();
        double value = e0.gE();
        for (int i = 0; i < n; i++) {
            double hdv = 0;
            for (int j = 0; j < n; j++) {
                hdv += e0.hessian()[i][j] * dv[j];
            }
            gradient[i] += hdv;
            value += dv[i] * (e0.gradient()[i] + 0.5 * hdv);
        }
        return new EnergeticTermFP.Result(value, gradient, e0.hessian(), true);
    }

    /** The unknowns x from (Sh, p, B) and the students' latent overlaps (r1, q1s, Ss, ps, m1). */
    double[] unknowns(double sHat, double p, double b, double r1, double q1s, double ss, double ps, double m1) {
        double bl2 = q1s - m1 * m1 - latentExplained(ss, ps, m1);
        return new double[] {sHat, p, b * b, m1, ss, ps, bl2, Math.log(r1 - q1s)};
    }

    /** k0 of the latent block: the part of q1s - m1^2 that the references' latent overlaps explain. */
    private double latentExplained(double ss, double ps, double m1) {
        OrderParameters o = ref.order();
        double mt = o.m();
        double dt = o.r() - mt * mt, ct = o.qs() - mt * mt;
        double e = ss - mt * m1, f = ps - mt * m1;
        double g = dt - ct;
        return (e * e - f * f) / g - ct * (e - f) * (e - f) / (g * g);
    }

    /** (q1, p, S, r1, q1s, Ss, ps, m1) at the unknowns x, the variables of {@link LatentEntropyFP}. */
    private double[] overlaps(double s, double[] x) {
        double qt = ref.order().qw();
        double p = x[1];
        double q1 = p * p / qt + (s - p) * (s - p) / (1 - qt) + x[2];
        double m1 = x[3];
        double q1s = m1 * m1 + latentExplained(x[4], x[5], m1) + x[6];
        double r1 = q1s + Math.exp(x[7]);
        return new double[] {q1, p, s, r1, q1s, x[4], x[5], m1};
    }

    /** From the last known point to d in steps of at most a factor STEP (and 0.05) in d, extrapolating guesses. */
    private Solution march(List<Solution> history, double d) {
        List<Solution> known = new ArrayList<>(history);
        Solution p = known.get(known.size() - 1);
        double factor = STEP;
        while (p.d() != d) {
            double next = d > p.d() ? Math.min(d, Math.min(p.d() * factor, p.d() + 0.05))
                    : Math.max(d, Math.max(p.d() / factor, p.d() - 0.05));
            // no second try from the same guess with a fresh Jacobian: every evaluation brings its exact Jacobian, so it
            // would repeat this solve step for step (it did, doubling the cost of every failed step)
            Solution q = solve(next, extrapolate(known, next));
            if (!q.converged()) {
                // a shorter step: the saddle moves fast where B^2 ~ exp(-c/d) collapses
                if (factor > SMALLEST_STEP && evaluations < BUDGET) {
                    factor = Math.sqrt(factor);
                    continue;
                }
                return q.d() == d ? q : failed(d, q);
            }
            factor = Math.min(STEP, factor * factor);
            known.add(q);
            if (known.size() > HISTORY) {
                known.remove(0);
            }
            p = q;
        }
        return p;
    }

    /** Lagrange extrapolation through the known points; B and B_l in logs (they grow like exp(-c/d) at small d). */
    private static double[] extrapolate(List<Solution> known, double d) {
        int n = known.get(0).x().length;
        double[] guess = new double[n];
        boolean logB = known.stream().allMatch(s -> s.x()[2] > 0);
        boolean logBl = known.stream().allMatch(s -> s.x()[6] > 0);
        for (int i = 0; i < known.size(); i++) {
            double w = 1;
            for (int j = 0; j < known.size(); j++) {
                if (j != i) {
                    w *= (d - known.get(j).d()) / (known.get(i).d() - known.get(j).d());
                }
            }
            double[] x = known.get(i).x();
            for (int k = 0; k < n; k++) {
                guess[k] += w * ((k == 2 && logB) || (k == 6 && logBl) ? Math.log(x[k]) : x[k]);
            }
        }
        if (logB) {
            guess[2] = Math.exp(guess[2]);
        }
        if (logBl) {
            guess[6] = Math.exp(guess[6]);
        }
        return guess;
    }

    private static Solution failed(double d, Solution attempt) {
        Convergence c = attempt.point().convergence();
        return new Solution(d, attempt.x(), failedPoint(d, Convergence.failed(c.kind(), String.format(Locale.ROOT,
                "%s (at d = %.4g on the way to d = %.4g)", c.failure().detail(), attempt.d(), d), 0, c.residual())));
    }

    private static LocalEntropyPointRF failedPoint(double d, Convergence convergence) {
        return new LocalEntropyPointRF(d, Double.NaN, Double.NaN, Gaussian.binaryEntropy(d), convergence);
    }

    /** Everything computed at one x: phi and slope when the residual vanishes. */
    private record Terms(double phi, double slope) {}

    private Solution solve(double d, double[] guess) {
        return solve(d, guess, newton);
    }

    private Solution solve(double d, double[] guess, BroydenNewton newton) {
        double s = 1 - 2 * d;
        BroydenNewton.Outcome<Terms> out = newton.solve(x -> evaluate(s, x), guess, Math.max(1, BUDGET - evaluations));
        double bound = Gaussian.binaryEntropy(d);
        Convergence c = out.convergence();
        if (!c.converged() || out.payload() == null || !Double.isFinite(out.payload().phi())) {
            Convergence why = evaluations >= BUDGET
                    ? Convergence.failed(Convergence.Kind.MAX_EVALUATIONS, String.format(Locale.ROOT,
                    "the curve's budget of %d evaluations was spent before d = %.4g", BUDGET, d), c.evaluations(), c.residual())
                    : Convergence.failed(c.converged() ? Convergence.Kind.NOT_FINITE : c.kind(), String.format(Locale.ROOT,
                    "Franz-Parisi saddle not found at d = %.4g: %s", d, c.converged() ? "phi not finite" : c.failure().detail()),
                    c.evaluations(), c.residual());
            return new Solution(d, out.x(), new LocalEntropyPointRF(d, Double.NaN, Double.NaN, bound, why));
        }
        return new Solution(d, out.x(), new LocalEntropyPointRF(d, out.payload().phi(), out.payload().slope(), bound, c));
    }

    /** The residual of the eight equations at x = (Sh, p, B, m1, Ss, ps, B_l, ln G_l). */
    double[] residual(double s, double[] x) {
        return evaluate(s, x).residual();
    }

    /** The exact Jacobian of {@link #residual} at x (for tests). */
    double[][] jacobianAt(double s, double[] x) {
        return evaluate(s, x).jacobian();
    }

    /** The field covariances (vs, v1, vS, vp, rho1) at x (for tests of the pattern term). */
    double[] fieldCovariances(double s, double[] x) {
        return covariances(s, overlaps(s, x));
    }

    /** The students' field covariances from the overlaps: k1^2 (latent) + kStar^2 (weights). */
    private double[] covariances(double s, double[] y) {
        double k1 = students.k1();
        double ks2 = students.kStar() * students.kStar();
        return new double[] {k1 * k1 * y[LatentEntropyFP.R1] + ks2, k1 * k1 * y[LatentEntropyFP.Q1S] + ks2 * y[LatentEntropyFP.Q1],
                k1 * k1 * y[LatentEntropyFP.SS] + ks2 * s, k1 * k1 * y[LatentEntropyFP.PS] + ks2 * y[LatentEntropyFP.P],
                k1 * y[LatentEntropyFP.M1]};
    }

    /** phi at x (meaningful at a saddle only). */
    double phiAt(double s, double[] x) {
        Terms t = evaluate(s, x).payload();
        return t == null ? Double.NaN : t.phi();
    }

    private BroydenNewton.Value<Terms> evaluate(double s, double[] x) {
        return evaluate(s, x, energetic);
    }

    private BroydenNewton.Value<Terms> evaluate(double s, double[] x, EnergeticTermFP energetic) {
        return evaluate(s, x, v -> energetic.evaluate(v, true));
    }

    /** The pattern term G_E^FP with its gradient and Hessian at the field covariances v (exact, or a Taylor model). */
    private interface PatternTerm {
        EnergeticTermFP.Result at(double[] v);
    }

    private BroydenNewton.Value<Terms> evaluate(double s, double[] x, PatternTerm energetic) {
        double[] nan = new double[8];
        Arrays.fill(nan, Double.NaN);
        if (++evaluations > BUDGET) {
            return new BroydenNewton.Value<>(nan, null);
        }
        double[] y = overlaps(s, x);
        double q1 = y[LatentEntropyFP.Q1];
        double p = x[1];
        double phiS = LatentEntropyFP.value(ref, y);
        if (!(q1 < 1) || !Double.isFinite(phiS)) {
            return new BroydenNewton.Value<>(nan, null);
        }
        double[] gS = LatentEntropyFP.gradient(ref, y);
        double k1 = students.k1();
        double k1s = k1 * k1;
        double ks2 = students.kStar() * students.kStar();
        double[] v = covariances(s, y);
        EnergeticTermFP.Result e = energetic.at(v);
        if (!e.valid()) {
            return new BroydenNewton.Value<>(nan, null);
        }
        double gamma = students.gamma();
        // F(y) = gamma phi_s^FP(y) + G_E(V(y)): its y-gradient holds the conjugates and the latent residuals
        double[][] vy = fieldMap(k1, ks2);
        double[] f = new double[LatentEntropyFP.SIZE];
        for (int k = 0; k < f.length; k++) {
            f[k] = gamma * gS[k];
            for (int i = 0; i < 5; i++) {
                f[k] += e.gradient()[i] * vy[i][k];
            }
        }
        double q1Hat = -2 * f[LatentEntropyFP.Q1];
        double pHat = -f[LatentEntropyFP.P];
        EntropicTerm.Result w = EntropicTerm.evaluate(weights, q1Hat, pHat, x[0], true, true);
        double[] res = {
            w.s() - s, w.p() - p, w.q1() - q1,
            f[LatentEntropyFP.R1], f[LatentEntropyFP.Q1S], f[LatentEntropyFP.SS], f[LatentEntropyFP.PS], f[LatentEntropyFP.M1]};
        double phi = -q1Hat * (1 - q1) / 2 - x[0] * s + pHat * p + w.gS() + gamma * phiS + e.gE();
        double[][] jacobian = jacobian(s, y, x, gamma, vy, e.hessian(), w.jacobian());
        // the latent equations carry gamma: divided by it (for gamma > 1) they weigh like the weights' in the max-norm
        double scale = 1 / Math.max(1, gamma);
        for (int r = 3; r < 8; r++) {
            res[r] *= scale;
            for (int c = 0; c < 8; c++) {
                jacobian[r][c] *= scale;
            }
        }
        return new BroydenNewton.Value<>(res, jacobian, new Terms(phi, 2 * (x[0] - f[LatentEntropyFP.S])));
    }

    /** dV/dy: the field covariances (vs, v1, vS, vp, rho1) are linear in the overlaps y. */
    private static double[][] fieldMap(double k1, double ks2) {
        double[][] vy = new double[5][LatentEntropyFP.SIZE];
        vy[EnergeticTermFP.VS][LatentEntropyFP.R1] = k1 * k1;
        vy[EnergeticTermFP.V1][LatentEntropyFP.Q1S] = k1 * k1;
        vy[EnergeticTermFP.V1][LatentEntropyFP.Q1] = ks2;
        vy[EnergeticTermFP.VSS][LatentEntropyFP.SS] = k1 * k1;
        vy[EnergeticTermFP.VSS][LatentEntropyFP.S] = ks2;
        vy[EnergeticTermFP.VP][LatentEntropyFP.PS] = k1 * k1;
        vy[EnergeticTermFP.VP][LatentEntropyFP.P] = ks2;
        vy[EnergeticTermFP.RHO][LatentEntropyFP.M1] = k1;
        return vy;
    }

    /**
     * The exact Jacobian of the eight residuals in x: with F = gamma phi_s^FP + G_E(V(y)), its Hessian in y is
     * H_F = gamma H_L + V^T H_G V (H_L: differences of the complex-step gradient, H_G: {@link EnergeticTermFP}), the
     * latent residuals and the conjugates (q1h = -2 dF/dq1, ph = -dF/dp) move with H_F dY/dx, and the weight
     * residuals through the entropic term's Jacobian in (q1h, ph, Sh).
     */
    private double[][] jacobian(double s, double[] y, double[] x, double gamma, double[][] vy, double[][] hG,
                                double[][] entropic) {
        int n = LatentEntropyFP.SIZE;
        double gap = Math.min(Math.min(x[2], x[6]), Math.min(Math.exp(x[7]), 1 - y[LatentEntropyFP.Q1]));
        double[][] hL = LatentEntropyFP.hessian(ref, y, Math.max(gap, SMALLEST_GAP));
        double[][] hF = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double sum = gamma * hL[a][b];
                for (int i = 0; i < 5; i++) {
                    for (int j = 0; j < 5; j++) {
                        sum += vy[i][a] * hG[i][j] * vy[j][b];
                    }
                }
                hF[a][b] = sum;
            }
        }
        double[][] dy = overlapJacobian(s, x);
        double[][] dF = new double[n][8];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < 8; c++) {
                double sum = 0;
                for (int b = 0; b < n; b++) {
                    sum += hF[a][b] * dy[b][c];
                }
                dF[a][c] = sum;
            }
        }
        double[][] jac = new double[8][8];
        for (int c = 0; c < 8; c++) {
            double dq1Hat = -2 * dF[LatentEntropyFP.Q1][c];
            double dpHat = -dF[LatentEntropyFP.P][c];
            double dSh = c == 0 ? 1 : 0;
            // entropic rows (S, q1, p), columns (q1h, ph, Sh)
            double dSOut = entropic[0][0] * dq1Hat + entropic[0][1] * dpHat + entropic[0][2] * dSh;
            double dQOut = entropic[1][0] * dq1Hat + entropic[1][1] * dpHat + entropic[1][2] * dSh;
            double dPOut = entropic[2][0] * dq1Hat + entropic[2][1] * dpHat + entropic[2][2] * dSh;
            jac[0][c] = dSOut;
            jac[1][c] = dPOut - dy[LatentEntropyFP.P][c];
            jac[2][c] = dQOut - dy[LatentEntropyFP.Q1][c];
            jac[3][c] = dF[LatentEntropyFP.R1][c];
            jac[4][c] = dF[LatentEntropyFP.Q1S][c];
            jac[5][c] = dF[LatentEntropyFP.SS][c];
            jac[6][c] = dF[LatentEntropyFP.PS][c];
            jac[7][c] = dF[LatentEntropyFP.M1][c];
        }
        return jac;
    }

    /** dY/dx of {@link #overlaps} (S is fixed: its row is zero). */
    private double[][] overlapJacobian(double s, double[] x) {
        OrderParameters o = ref.order();
        double qt = o.qw();
        double mt = o.m();
        double dt = o.r() - mt * mt, ct = o.qs() - mt * mt;
        double g = dt - ct;
        double m1 = x[3];
        double e = x[4] - mt * m1, f = x[5] - mt * m1;
        double de = 2 * e / g - 2 * ct * (e - f) / (g * g);
        double df = -2 * f / g + 2 * ct * (e - f) / (g * g);
        double[][] dy = new double[LatentEntropyFP.SIZE][8];
        double p = x[1];
        dy[LatentEntropyFP.Q1][1] = 2 * p / qt - 2 * (s - p) / (1 - qt);
        dy[LatentEntropyFP.Q1][2] = 1;
        dy[LatentEntropyFP.P][1] = 1;
        dy[LatentEntropyFP.M1][3] = 1;
        dy[LatentEntropyFP.SS][4] = 1;
        dy[LatentEntropyFP.PS][5] = 1;
        double[] q1s = {0, 0, 0, 2 * m1 - mt * (de + df), de, df, 1, 0};
        for (int c = 0; c < 8; c++) {
            dy[LatentEntropyFP.Q1S][c] = q1s[c];
            dy[LatentEntropyFP.R1][c] = q1s[c];
        }
        dy[LatentEntropyFP.R1][7] = Math.exp(x[7]);
        return dy;
    }
}
