package org.phaselab.theory.largedeviation;

import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.GaussLegendre;

/**
 * The large-deviation measure at finite y with the reference itself a solution of margin kappaRef, RS in the replicated
 * system (docs/large-deviation.md, LD 12): unknowns (sigma, q1, q0, p, q~), the conjugates explicit from the pattern
 * term ({@link SolutionReferencePatterns}), the overlaps returned by the weight term ({@link SolutionReferenceWeights}):
 * <pre>
 *   Phi = -y sigma S - y qh1 (1-q1)/2 - y^2 (qh1 q1 - qh0 q0)/2 + y ph p - q~h (1-q~)/2 + G_S + alpha G_E   (LD 12.1)
 *   S_I = dPhi/dy = -sigma S - qh1 (1-q1)/2 - y (qh1 q1 - qh0 q0) + ph p + E &lt;ln 2cosh h&gt; + alpha E &lt;ln H(v)&gt;
 *   Sigma = Phi - y S_I
 * </pre>
 * At y = 0 S_I is the Franz-Parisi potential around typical references of margin kappaRef and Phi their entropy
 * s(alpha, kappaRef) (LD 12.5); kappaRef = -infinity is the free reference of LD 11.
 * A check and a tool for single points: ~0.1-0.5 s per saddle.
 */
public final class FiniteYSolutionReference {
    /** Newton: residual (max-norm of the overlaps' mismatch) below this. */
    static final double TOLERANCE = 1e-11;
    /** Evaluations a solve may spend (finite-difference Jacobians included: 6 per fresh one). */
    static final int BUDGET = 120;
    private static final BroydenNewton.Settings NEWTON = new BroydenNewton.Settings(TOLERANCE, 40, BUDGET, 12, 0.3, 1e-7);
    /** Ten-node Gauss-Legendre panels (LD 12.6). */

    private final double alpha;
    private final double kappa;
    private final double kappaRef;
    private final SolutionReferencePatterns patterns;
    private final SolutionReferenceWeights weights;

    /** With the quadrature of LD 12.6. */
    public FiniteYSolutionReference(double alpha, double kappa, double kappaRef) {
        this(alpha, kappa, kappaRef, GaussLegendre.TEN, 3, 3, 4);
    }

    /** With given inner panel widths (in curvature widths of the w weight; in zeta), to check the quadrature. */
    FiniteYSolutionReference(double alpha, double kappa, double kappaRef, GaussLegendre gl, double wPanel,
                             double zetaPanel, double outerPanel) {
        this.alpha = alpha;
        this.kappa = kappa;
        this.kappaRef = kappaRef;
        this.patterns = new SolutionReferencePatterns(gl, wPanel, outerPanel);
        this.weights = new SolutionReferenceWeights(gl, zetaPanel, outerPanel);
    }

    /** One saddle: S_I(y), Phi(y), Sigma(y), the unknowns and conjugates, and how the equations ended. */
    public record Point(double y, double d, double localEntropy, double phi, double complexity, double sigma, double q1,
                        double q0, double p, double qt, double qHat1, double qHat0, double pHat, double qtHat,
                        Convergence convergence) {
        /** The unknowns (sigma, q1, q0, p, q~), a guess for a nearby saddle. */
        public double[] unknowns() {
            return new double[] {sigma, q1, q0, p, qt};
        }

        static Point failed(double y, double d, Convergence c) {
            double n = Double.NaN;
            return new Point(y, d, n, n, n, n, n, n, n, n, n, n, n, n, c);
        }
    }

    /**
     * A guess at y = 0 from the Franz-Parisi saddle at the same d around typical references of margin kappaRef
     * (LD 12.5: sigma = Sh, q1, p equal; q~ the reference's; q0 halfway in its allowed range).
     */
    public static double[] guessFromFranzParisi(LocalEntropyPoint fp, Reference ref) {
        double s = 1 - 2 * fp.d();
        double qt = ref.q();
        double lo = fp.p() * fp.p() / qt;
        double hi = fp.q1() - (s - fp.p()) * (s - fp.p()) / (1 - qt);
        return new double[] {fp.sHat(), fp.q1(), 0.5 * (lo + hi), fp.p(), qt};
    }

    /** The saddle at (y, d) from a guess of the form {@link Point#unknowns()}. */
    public Point solve(double y, double d, double[] guess) {
        return solve(y, d, guess, new BroydenNewton(NEWTON));
    }

    /** As {@link #solve(double, double, double[])} with a given solver (whose Jacobian carries over from its last solve). */
    private Point solve(double y, double d, double[] guess, BroydenNewton newton) {
        if (!(y >= 0 && Double.isFinite(y)) || !(d > 0 && d < 0.5)) {
            throw new IllegalArgumentException("need y >= 0 and 0 < d < 1/2, got y = " + y + ", d = " + d);
        }
        BroydenNewton.Outcome<Point> out = newton.solve(x -> evaluate(y, d, x), guess);
        Point p = out.payload();
        if (p == null) {
            return Point.failed(y, d, Convergence.failed(Convergence.Kind.NOT_FINITE, "no valid evaluation",
                    out.convergence().evaluations(), out.norm()));
        }
        Convergence c = out.convergence();
        return new Point(p.y(), d, p.localEntropy(), p.phi(), p.complexity(), p.sigma(), p.q1(), p.q0(), p.p(), p.qt(),
                p.qHat1(), p.qHat0(), p.pHat(), p.qtHat(), c);
    }

    /**
     * Continued in y through the given values (in the order given) from a converged saddle at another y: steps of at
     * most {@link #Y_STEP} of max(y, 1), each solved from the linear extrapolation of the last two saddles, halved on
     * failure down to {@link #SMALLEST_Y_STEP}; a failure then ends the walk and is reported at the remaining y.
     */
    public Point[] along(Point start, double[] ys) {
        Point[] out = new Point[ys.length];
        Point last = start;
        Point before = null;
        BroydenNewton newton = new BroydenNewton(NEWTON);
        for (int k = 0; k < ys.length; k++) {
            double target = ys[k];
            while (last.y() != target) {
                double room = target - last.y();
                double step = Math.copySign(Math.min(Math.abs(room), Y_STEP * Math.max(1, last.y())), room);
                Point p = null;
                while (Math.abs(step) >= SMALLEST_Y_STEP) {
                    p = solve(last.y() + step, start.d(), extrapolate(before, last, last.y() + step), newton);
                    if (p.convergence().converged()) {
                        break;
                    }
                    step /= 2;
                }
                if (p == null || !p.convergence().converged()) {
                    Point failed = p != null ? p : Point.failed(target, start.d(), Convergence.failed(
                            Convergence.Kind.STALLED, "no step in y", 0, Double.NaN));
                    for (int j = k; j < ys.length; j++) {
                        out[j] = failed;
                    }
                    return out;
                }
                before = last;
                last = p;
            }
            out[k] = last;
        }
        return out;
    }

    /** The largest step in y, as a fraction of max(y, 1). */
    static final double Y_STEP = 0.5;
    /** Steps in y are halved down to this before the walk gives up. */
    static final double SMALLEST_Y_STEP = 1e-3;

    private static double[] extrapolate(Point before, Point last, double y) {
        double[] x = last.unknowns();
        if (before == null) {
            return x;
        }
        double[] b = before.unknowns();
        double t = (y - last.y()) / (last.y() - before.y());
        for (int i = 0; i < x.length; i++) {
            x[i] += t * (x[i] - b[i]);
        }
        return x;
    }

    BroydenNewton.Value<Point> evaluate(double y, double d, double[] x) {
        double s = 1 - 2 * d;
        double sigma = x[0], q1 = x[1], q0 = x[2], p = x[3], qt = x[4];
        double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        SolutionReferencePatterns.Result e = patterns.evaluate(alpha, kappa, kappaRef, y, s, q1, q0, p, qt);
        if (!e.valid()) {
            return new BroydenNewton.Value<>(nan, null);
        }
        SolutionReferenceWeights.Result w = weights.evaluate(y, sigma, e.qHat1(), e.qHat0(), e.pHat(), e.qtHat());
        if (!w.valid()) {
            return new BroydenNewton.Value<>(nan, null);
        }
        // LD 12.1 and its y derivative
        double lagrange = -sigma * s - e.qHat1() * (1 - q1) / 2;
        double coupling = e.qHat1() * q1 - e.qHat0() * q0;
        double refTerm = -e.qtHat() * (1 - qt) / 2;
        double phi = y * lagrange - y * y * coupling / 2 + y * e.pHat() * p + refTerm + w.gS() + alpha * e.gE();
        double localEntropy = lagrange - y * coupling + e.pHat() * p + w.lnCoshMean() + alpha * e.lnHMean();
        double[] residual = {w.s() - s, w.q1() - q1, w.q0() - q0, w.p() - p, w.qt() - qt};
        for (double r : residual) {
            if (!Double.isFinite(r)) {
                return new BroydenNewton.Value<>(nan, null);
            }
        }
        Point pt = new Point(y, d, localEntropy, phi, phi - y * localEntropy, sigma, q1, q0, p, qt, e.qHat1(), e.qHat0(),
                e.pHat(), e.qtHat(), null);
        return new BroydenNewton.Value<>(residual, pt);
    }
}
