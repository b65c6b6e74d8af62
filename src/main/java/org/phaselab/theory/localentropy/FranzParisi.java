package org.phaselab.theory.localentropy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.progress.Monitor;

/**
 * RS Franz-Parisi potential of the binary perceptron (THEORY.md section 3; Huang &amp; Kabashima, PRE 90, 052813
 * (2014); Baldassi et al., PRL 127, 278301 (2021)): the entropy of students of margin kappa at distance d from a
 * reference drawn among the solutions of margin kappaRef,
 * <pre>
 *   phi_FP(S) = extr [ -q1h (1-q1)/2 - Sh S + ph p + G_S(q1h, ph, Sh) + alpha G_E(q1, p, S) ],   S = 1 - 2d
 * </pre>
 * The conjugates (q1h, ph) are explicit in (q1, p) ({@link EnergeticTerm}), and (S, q1, p) explicit in the conjugates
 * ({@link EntropicTerm}); Newton's method with a finite-difference Jacobian and a halving line search solves the
 * three remaining equations for x = (Sh, p, q1). Curves continue from one d to the next.
 */
public final class FranzParisi {
    private static final double TOLERANCE = 1e-8;
    private static final int MAX_ITERATIONS = 25;
    private static final int HALVINGS = 10;
    /** Points a guess is extrapolated through (a quadratic; a cubic made the tests of this package slower). */
    private static final int HISTORY = 3;

    private final double alpha;
    /**
     * Smallest distance solved: a point is marched to from d* = (1 - q~)/2 in steps of a factor 1.5, about 70 of them
     * down to 1e-12 but 1700 to 1e-300 (minutes); phi there is below 1e-10 anyway.
     */
    public static final double MIN_DISTANCE = 1e-12;

    private final double kappa;
    private final Reference ref;
    private final ReferenceNodes z0Nodes;
    private final Map<Double, LocalEntropyPoint> seeds = new ConcurrentHashMap<>();

    public FranzParisi(Reference ref, double kappa) {
        this(ref, kappa, Quadrature.FAST);
    }

    /** With a chosen rule for the energetic term ({@link Quadrature#REFERENCE} to check {@link Quadrature#FAST}). */
    FranzParisi(Reference ref, double kappa, Quadrature quadrature) {
        LocalEntropyDomain.requireTypicalStudents(ref.alpha(), kappa); // else no saddle: a point searched for minutes
        this.alpha = ref.alpha();
        this.kappa = kappa;
        this.ref = ref;
        this.z0Nodes = new ReferenceNodes(ref, quadrature);
    }

    public FranzParisi(double alpha, double kappaRef, double kappa) {
        this(Reference.of(alpha, kappaRef), kappa);
    }

    public Reference reference() {
        return ref;
    }

    /**
     * The saddle at distance d without a guess. References of higher margin (kappaRef &gt; kappa): marched in d from
     * min(d, 1e-3), where the student is nearly unconstrained (q1 = S^2, p = S q~, Sh = atanh S, B = 0). Otherwise,
     * or when that seed fails (references of intermediate margin constrain the student even there), from
     * d* = (1 - q~)/2, where for kappaRef = kappa the student is one more reference (q1 = p = q~, Sh = q~h).
     * A failure is reported at d.
     */
    public LocalEntropyPoint solve(double d) {
        LocalEntropyPoint seed = null;
        if (ref.kappaRef() > kappa) {
            double start = Math.min(d, 1e-3);
            double s0 = 1 - 2 * start;
            seed = seed(start, new double[] {0.5 * Math.log((1 + s0) / (1 - s0)), s0 * ref.q(), Math.sqrt(1e-3 * start)});
        }
        if (seed == null || !seed.converged()) {
            seed = seed((1 - ref.q()) / 2, new double[] {ref.qHat(), ref.q(), 1e-6});
        }
        LocalEntropyPoint p = seed.converged() ? march(null, seed, d, newton()) : seed;
        return p.d() == d ? p : failed(d, p);
    }

    /** The seed at distance start from the guess, solved once per instance (a failed one costs its retries once). */
    private LocalEntropyPoint seed(double start, double[] guess) {
        return seeds.computeIfAbsent(start, s -> solveWithRetries(s, guess, newton()));
    }

    /** A failure at d carrying the iterations and residual of the attempt that failed. */
    private static LocalEntropyPoint failed(double d, LocalEntropyPoint attempt) {
        return new LocalEntropyPoint(d, Double.NaN, Double.NaN, Gaussian.binaryEntropy(d), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, attempt.iterations(), attempt.residual());
    }

    /** From a converged point to distance d in steps of at most a factor 1.5 (and 0.05) in d, each from the last. */
    LocalEntropyPoint march(LocalEntropyPoint from, double d) {
        return march(null, from, d, newton());
    }

    private BroydenNewton newton() {
        return new BroydenNewton(TOLERANCE, MAX_ITERATIONS, HALVINGS);
    }

    /**
     * As {@link #march(LocalEntropyPoint, double)}; {@code history} holds up to two converged points before
     * {@code from} (oldest first), so the guesses are extrapolated by a polynomial through up to three points.
     */
    private LocalEntropyPoint march(List<LocalEntropyPoint> history, LocalEntropyPoint from, double d,
                                    BroydenNewton newton) {
        List<LocalEntropyPoint> known = new ArrayList<>(history == null ? List.of() : history);
        known.add(from);
        LocalEntropyPoint p = from;
        while (p.d() != d) {
            double next = d > p.d() ? Math.min(d, Math.min(p.d() * 1.5, p.d() + 0.05))
                    : Math.max(d, Math.max(p.d() / 1.5, p.d() - 0.05));
            LocalEntropyPoint q = solveWithRetries(next, extrapolate(known, next), newton);
            if (!q.converged() && known.size() > 1) {
                q = solveWithRetries(next, p.unknowns(), newton);
            }
            if (!q.converged()) {
                return q.d() == d ? q : failed(d, q);
            }
            known.add(q);
            if (known.size() > HISTORY) {
                known.remove(0);
            }
            p = q;
        }
        return p;
    }

    /**
     * Lagrange extrapolation of the unknowns through the known points to distance d; B in ln B when all known B are
     * positive (B^2 grows like exp(-c/d) where the student first leaves its reference, so B itself extrapolates
     * badly, often to the wrong sign, and Newton in B then only halves its error per step).
     */
    private static double[] extrapolate(List<LocalEntropyPoint> known, double d) {
        double[] guess = new double[3];
        boolean logB = known.stream().allMatch(p -> p.b2() > 0);
        for (int i = 0; i < known.size(); i++) {
            double weight = 1;
            for (int j = 0; j < known.size(); j++) {
                if (j != i) {
                    weight *= (d - known.get(j).d()) / (known.get(i).d() - known.get(j).d());
                }
            }
            double[] x = known.get(i).unknowns();
            guess[0] += weight * x[0];
            guess[1] += weight * x[1];
            guess[2] += weight * (logB ? 0.5 * Math.log(known.get(i).b2()) : x[2]);
        }
        if (logB) {
            guess[2] = Math.exp(guess[2]);
        }
        return guess;
    }

    /** Newton from the guess, then from the guess with larger B (near B = 0 the Jacobian loses its B column). */
    private LocalEntropyPoint solveWithRetries(double d, double[] guess, BroydenNewton newton) {
        LocalEntropyPoint p = solve(d, guess, newton);
        if (!p.converged()) {
            newton.reset();
            p = solve(d, guess, newton);
        }
        for (double b : new double[] {0.03, 0.1, 0.3}) {
            if (p.converged() || Math.abs(guess[2]) >= b) {
                continue;
            }
            newton.reset();
            p = solve(d, new double[] {guess[0], guess[1], b}, newton);
        }
        return p;
    }

    /**
     * The saddle at distance d from a guess of the unknowns {Sh, p, B}, B^2 = q1 - p^2/q~ - (S-p)^2/(1-q~) the
     * student-student overlap the references do not explain (B as unknown keeps it non-negative).
     */
    LocalEntropyPoint solve(double d, double[] guess) {
        return solve(d, guess, new BroydenNewton(TOLERANCE, MAX_ITERATIONS, HALVINGS));
    }

    private LocalEntropyPoint solve(double d, double[] guess, BroydenNewton newton) {
        if (!(d >= MIN_DISTANCE && d < 0.5)) {
            throw new IllegalArgumentException("d must lie in [" + MIN_DISTANCE + ", 1/2), got " + d);
        }
        double s = 1 - 2 * d;
        BroydenNewton.Outcome<Terms> out = newton.solve(x -> evaluate(s, x), guess);
        double[] x = out.x();
        double bound = Gaussian.binaryEntropy(d);
        Terms t = out.payload();
        if (!(out.norm() < TOLERANCE) || t == null) {
            return new LocalEntropyPoint(d, Double.NaN, Double.NaN, bound, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, false, out.iterations(), out.norm());
        }
        double q1 = explained(s, x[1]) + x[2] * x[2];
        double phi = -t.e().q1Hat() * (1 - q1) / 2 - x[0] * s + t.e().pHat() * x[1] + t.g().gS() + alpha * t.e().gE();
        double slope = 2 * (x[0] - alpha * t.e().dgEdS());
        return new LocalEntropyPoint(d, phi, slope, bound, q1, x[1], t.e().q1Hat(), t.e().pHat(), x[0], x[2] * x[2],
                Double.isFinite(phi), out.iterations(), out.norm());
    }

    /**
     * Points at the given distances, in the order given, each marched from the previous converged one (the first
     * from {@link #solve(double)}).
     */
    public List<LocalEntropyPoint> curve(double[] distances, Monitor monitor) {
        List<LocalEntropyPoint> points = new ArrayList<>(distances.length);
        List<LocalEntropyPoint> converged = new ArrayList<>();
        BroydenNewton newton = newton();
        for (int i = 0; i < distances.length; i++) {
            monitor.checkCancelled();
            int n = converged.size();
            LocalEntropyPoint p = n == 0 ? solve(distances[i])
                    : march(converged.subList(Math.max(0, n - HISTORY), n - 1), converged.get(n - 1), distances[i], newton);
            if (p.converged()) {
                converged.add(p);
            }
            points.add(p);
            monitor.progress((i + 1.0) / distances.length);
        }
        return points;
    }

    /** The part p^2/q~ + (S-p)^2/(1-q~) of q1 that the references explain. */
    private double explained(double s, double p) {
        return p * p / ref.q() + (s - p) * (s - p) / (1 - ref.q());
    }

    /** Both terms at one point of the unknowns. */
    private record Terms(EnergeticTerm.Result e, EntropicTerm.Result g) {}

    /** (S, p, q1) returned by the equations minus those put in, at x = (Sh, p, B). */
    double[] residual(double s, double[] x) {
        return evaluate(s, x).residual();
    }

    private BroydenNewton.Value<Terms> evaluate(double s, double[] x) {
        double q1 = explained(s, x[1]) + x[2] * x[2];
        EnergeticTerm.Result e = EnergeticTerm.evaluate(alpha, kappa, z0Nodes, s, q1, x[1]);
        if (!e.valid()) {
            return new BroydenNewton.Value<>(new double[] {Double.NaN, Double.NaN, Double.NaN}, null);
        }
        EntropicTerm.Result g = EntropicTerm.evaluate(ref, e.q1Hat(), e.pHat(), x[0]);
        return new BroydenNewton.Value<>(new double[] {g.s() - s, g.p() - x[1], g.q1() - q1}, new Terms(e, g));
    }

}
