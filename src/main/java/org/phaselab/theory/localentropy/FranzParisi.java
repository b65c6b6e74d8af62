package org.phaselab.theory.localentropy;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.Monitor;

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
    private static final double TOLERANCE = 1e-10;
    private static final int MAX_ITERATIONS = 25;

    private final double alpha;
    private final double kappa;
    private final Reference ref;

    public FranzParisi(Reference ref, double kappa) {
        this.alpha = ref.alpha();
        this.kappa = kappa;
        this.ref = ref;
    }

    public FranzParisi(double alpha, double kappaRef, double kappa) {
        this(Reference.of(alpha, kappaRef), kappa);
    }

    public Reference reference() {
        return ref;
    }

    /**
     * The saddle at distance d without a guess. References of higher margin (kappaRef &gt; kappa): marched in d from
     * min(d, 1e-3), where the student is nearly unconstrained (q1 = S^2, p = S q~, Sh = atanh S, B = 0). Otherwise
     * from d* = (1 - q~)/2, where for kappaRef = kappa the student is one more reference (q1 = p = q~, Sh = q~h).
     */
    public LocalEntropyPoint solve(double d) {
        boolean fromSmall = ref.kappaRef() > kappa;
        double start = fromSmall ? Math.min(d, 1e-3) : (1 - ref.q()) / 2;
        double s0 = 1 - 2 * start;
        double[] x = fromSmall
                ? new double[] {0.5 * Math.log((1 + s0) / (1 - s0)), s0 * ref.q(), Math.sqrt(1e-3 * start)}
                : new double[] {ref.qHat(), ref.q(), 1e-4};
        LocalEntropyPoint seed = solveWithRetries(start, x);
        return seed.converged() ? march(seed, d) : seed;
    }

    /** From a converged point to distance d in steps of at most a factor 1.5 (and 0.05) in d, each from the last. */
    LocalEntropyPoint march(LocalEntropyPoint from, double d) {
        LocalEntropyPoint p = from;
        LocalEntropyPoint before = null;
        while (p.d() != d) {
            double next = d > p.d() ? Math.min(d, Math.min(p.d() * 1.5, p.d() + 0.05))
                    : Math.max(d, Math.max(p.d() / 1.5, p.d() - 0.05));
            double[] guess = p.unknowns();
            if (before != null) {
                double[] older = before.unknowns();
                double w = (next - p.d()) / (p.d() - before.d());
                for (int k = 0; k < 3; k++) {
                    guess[k] += w * (guess[k] - older[k]);
                }
            }
            LocalEntropyPoint q = solveWithRetries(next, guess);
            if (!q.converged() && before != null) {
                q = solveWithRetries(next, p.unknowns());
            }
            if (!q.converged()) {
                return q;
            }
            before = p;
            p = q;
        }
        return p;
    }

    /** Newton from the guess, then from the guess with larger B (near B = 0 the Jacobian loses its B column). */
    private LocalEntropyPoint solveWithRetries(double d, double[] guess) {
        LocalEntropyPoint p = solve(d, guess);
        for (double b : new double[] {0.03, 0.1, 0.3}) {
            if (p.converged() || Math.abs(guess[2]) >= b) {
                continue;
            }
            p = solve(d, new double[] {guess[0], guess[1], b});
        }
        return p;
    }

    /**
     * The saddle at distance d from a guess of the unknowns {Sh, p, B}, B^2 = q1 - p^2/q~ - (S-p)^2/(1-q~) the
     * student-student overlap the references do not explain (B as unknown keeps it non-negative).
     */
    LocalEntropyPoint solve(double d, double[] guess) {
        if (!(d > 0 && d < 0.5)) {
            throw new IllegalArgumentException("d must lie in (0, 1/2), got " + d);
        }
        double s = 1 - 2 * d;
        double[] x = guess.clone();
        double[] f = residual(s, x);
        double norm = norm(f);
        int it = 0;
        while (!(norm < TOLERANCE) && it < MAX_ITERATIONS && Double.isFinite(norm)) {
            it++;
            double[][] jac = new double[3][3];
            for (int j = 0; j < 3; j++) {
                double[] xh = x.clone();
                double h = 1e-7 * Math.max(1, Math.abs(x[j]));
                xh[j] += h;
                double[] fh = residual(s, xh);
                for (int i = 0; i < 3; i++) {
                    jac[i][j] = (fh[i] - f[i]) / h;
                }
            }
            double[] step = LinearSolve.solve3(jac, f);
            double lambda = 1;
            boolean accepted = false;
            for (int k = 0; k < 12 && step != null; k++, lambda /= 2) {
                double[] xt = new double[3];
                for (int i = 0; i < 3; i++) {
                    xt[i] = x[i] - lambda * step[i];
                }
                double[] ft = residual(s, xt);
                double nt = norm(ft);
                if (nt < norm) {
                    x = xt;
                    f = ft;
                    norm = nt;
                    accepted = true;
                    break;
                }
            }
            if (!accepted) {
                break;
            }
        }
        double bound = Gaussian.binaryEntropy(d);
        if (!(norm < TOLERANCE)) {
            return new LocalEntropyPoint(d, Double.NaN, Double.NaN, bound, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, false, it, norm);
        }
        double q1 = explained(s, x[1]) + x[2] * x[2];
        EnergeticTerm.Result e = EnergeticTerm.evaluate(alpha, kappa, ref, s, q1, x[1]);
        EntropicTerm.Result g = EntropicTerm.evaluate(ref, e.q1Hat(), e.pHat(), x[0]);
        double phi = -e.q1Hat() * (1 - q1) / 2 - x[0] * s + e.pHat() * x[1] + g.gS() + alpha * e.gE();
        double slope = 2 * (x[0] - alpha * e.dgEdS());
        return new LocalEntropyPoint(d, phi, slope, bound, q1, x[1], e.q1Hat(), e.pHat(), x[0], x[2] * x[2],
                Double.isFinite(phi), it, norm);
    }

    /**
     * Points at the given distances, in the order given, each marched from the previous converged one (the first
     * from {@link #solve(double)}).
     */
    public List<LocalEntropyPoint> curve(double[] distances, Monitor monitor) {
        List<LocalEntropyPoint> points = new ArrayList<>(distances.length);
        LocalEntropyPoint last = null;
        for (int i = 0; i < distances.length; i++) {
            monitor.checkCancelled();
            LocalEntropyPoint p = last == null ? solve(distances[i]) : march(last, distances[i]);
            if (p.converged()) {
                last = p;
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

    /** (S, p, q1) returned by the equations minus those put in, at x = (Sh, p, B). */
    double[] residual(double s, double[] x) {
        double q1 = explained(s, x[1]) + x[2] * x[2];
        EnergeticTerm.Result e = EnergeticTerm.evaluate(alpha, kappa, ref, s, q1, x[1]);
        if (!e.valid()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        EntropicTerm.Result g = EntropicTerm.evaluate(ref, e.q1Hat(), e.pHat(), x[0]);
        return new double[] {g.s() - s, g.p() - x[1], g.q1() - q1};
    }

    private static double norm(double[] f) {
        double m = 0;
        for (double v : f) {
            if (!Double.isFinite(v)) {
                return Double.POSITIVE_INFINITY;
            }
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
