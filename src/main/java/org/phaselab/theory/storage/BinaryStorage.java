package org.phaselab.theory.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.numerics.SafeguardedNewton;

/**
 * RS entropy of the binary perceptron with margin kappa (THEORY.md section 1; Gardner 1988, Krauth &amp; Mezard 1989):
 * <pre>
 *   s = -qh (1-q)/2 + int Dz ln 2cosh(sqrt(qh) z) + alpha int Dz ln H(u),   u = (kappa - sqrt(q) z)/sqrt(1-q)
 *   q = int Dz tanh^2(sqrt(qh) z),   qh = alpha/(1-q) int Dz (G/H)^2(u)
 * </pre>
 * qh is explicit in q, so the saddle is one monotone equation in x = ln(q/(1-q)) (which keeps q &lt; 1 and
 * resolves q -&gt; 1): R(x) = 1 - (1 - q(qh(q)))/(1 - q), positive at q -&gt; 0, negative at q -&gt; 1 when
 * alpha &lt; alpha_GD(kappa) = (2/pi) alpha_sph(kappa); beyond alpha_GD no RS solution with q &lt; 1 exists.
 * Solved by Newton's method with the exact slope dR/dx ({@link MarginTerm}, {@link BinaryWeightTerm}), safeguarded by
 * bisection in [-35, 35] (rtsafe), from a guess: along a curve the cubic extrapolation of the last points, so a
 * point costs about two evaluations. Stateless, thread-safe.
 */
public final class BinaryStorage {
    private static final double X_MAX = 35;
    /**
     * |R| at a solution, the bracket width in x that also counts as one, 80 evaluations at most; and a Newton step
     * shorter than 1e-8 in x ends the search at its end (error ~ (R''/2R') 1e-16, unevaluated: the terms are carried
     * there to first order, {@link Terms#moveTo}), so a point of a curve started from a good guess costs one evaluation.
     */
    private static final SafeguardedNewton ROOT = new SafeguardedNewton(1e-13, 1e-12, 80, 1e-8);
    private static final BrentSolver BRENT = new BrentSolver(1e-11, 100);
    /** |s| at alpha_c, the bracket width, 30 solves at most; a step below 1e-10 in alpha ends it (error ~1e-20). */
    private static final SafeguardedNewton ALPHA_NEWTON = new SafeguardedNewton(1e-14, 1e-12, 30, 1e-10);

    /** alpha_GD(kappa) = (2/pi) / [(1+kappa^2) H(-kappa) + kappa G(kappa)] (THEORY.md section 1). */
    public static double alphaGD(double kappa) {
        return 2 / Math.PI / ((1 + kappa * kappa) * Gaussian.h(-kappa) + kappa * Gaussian.g(kappa));
    }

    public StoragePoint solve(double alpha, double kappa) {
        return solve(alpha, kappa, 0.5);
    }

    /** The saddle at (alpha, kappa) starting from overlap {@code qGuess} in (0, 1). */
    public StoragePoint solve(double alpha, double kappa, double qGuess) {
        return solveWith(ROOT, alpha, kappa, qGuess);
    }

    /** As {@link #solve(double, double, double)} with another root finder: tests compare the fast path with a careful one. */
    StoragePoint solveWith(SafeguardedNewton root, double alpha, double kappa, double qGuess) {
        double g = Math.min(1 - 1e-12, Math.max(1e-12, qGuess));
        return solveLogit(root, alpha, kappa, Math.log(g / (1 - g)));
    }

    private StoragePoint solveLogit(SafeguardedNewton root, double alpha, double kappa, double xGuess) {
        new StorageParams(alpha, kappa);
        if (alpha >= alphaGD(kappa)) {
            return StoragePoint.notConverged(alpha, kappa, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                    "alpha >= alpha_GD(kappa) = " + alphaGD(kappa) + ": no RS solution with q < 1", 0, Double.NaN));
        }
        Terms last = new Terms();
        RootResult r = root.solve((x, out) -> residual(alpha, kappa, x, out, last), -X_MAX, X_MAX,
                Math.max(-X_MAX, Math.min(X_MAX, xGuess)), 1);
        if (!r.converged()) {
            return StoragePoint.notConverged(alpha, kappa, r.convergence());
        }
        double x = r.root();
        if (last.x != x) {
            last.moveTo(x);
        }
        double oneMinusQ = 1 / (1 + Math.exp(x));
        double q = 1 / (1 + Math.exp(-x));
        double entropy = -last.qHat * oneMinusQ / 2 + last.lnCosh + alpha * last.lnH;
        if (!Double.isFinite(entropy)) {
            return StoragePoint.notConverged(alpha, kappa, Convergence.failed(Convergence.Kind.NOT_FINITE,
                    "entropy not finite at q = " + q, r.iterations(), r.residual()));
        }
        return new StoragePoint(alpha, kappa, q, last.qHat, entropy, entropy >= 0, r.convergence());
    }

    /** The terms of the last evaluation (the root, once converged), for the entropy, and their slopes in x. */
    private static final class Terms {
        double x = Double.NaN;
        double qHat;
        double lnH;
        double lnCosh;
        double dqHatdx;
        /** gOverH2 and 1 - q_out at x. */
        double gOverH2;
        double oneMinusQOut;

        /**
         * The terms at x' = x + dx to first order (errors O(dx^2), as the root's own): dqh = (dqh/dx) dx,
         * d lnH/dq = -gOverH2/(2(1-q)) (Stein's lemma, {@link MarginTerm}) with dq/dx = q(1-q), and
         * d lnCosh/dqh = (1 - q_out)/2 (d/dqh of int Dz ln 2cosh(sqrt(qh) z), Stein's lemma).
         */
        void moveTo(double xNew) {
            double dx = xNew - x;
            double q = 1 / (1 + Math.exp(-x));
            double dqHat = dqHatdx * dx;
            lnH -= gOverH2 * q * dx / 2;
            lnCosh += oneMinusQOut * dqHat / 2;
            qHat += dqHat;
            x = xNew;
        }
    }

    /** Relative residual of the q equation at q = 1/(1 + exp(-x)), qh from its own equation exactly. */
    static double residual(double alpha, double kappa, double x) {
        double[] out = new double[2];
        residual(alpha, kappa, x, out, new Terms());
        return out[0];
    }

    /**
     * R(x) = 1 - (1 - q_out(qh(q)))/(1 - q) and dR/dx into out, the terms into {@code terms}: with q = logistic(x),
     * dq/dx = q (1-q), qh = alpha gOverH2/(1-q), dqh/dq = alpha (gOverH2'/(1-q) + gOverH2/(1-q)^2).
     */
    private static void residual(double alpha, double kappa, double x, double[] out, Terms terms) {
        double oneMinusQ = 1 / (1 + Math.exp(x));
        double q = 1 / (1 + Math.exp(-x));
        double[] margin = new double[3];
        MarginTerm.evaluate(kappa, oneMinusQ, margin);
        double qHat = alpha * margin[1] / oneMinusQ;
        double[] weight = new double[3];
        BinaryWeightTerm.evaluate(qHat, true, weight);
        double dqHatdq = alpha * (margin[2] / oneMinusQ + margin[1] / (oneMinusQ * oneMinusQ));
        double dOutdx = weight[2] * dqHatdq * q * oneMinusQ;
        out[0] = 1 - weight[1] / oneMinusQ;
        // d/dx [(1 - q_out)/(1 - q)] = d(1 - q_out)/dx/(1 - q) + (1 - q_out) q/(1 - q)
        out[1] = -(dOutdx / oneMinusQ + weight[1] * q / oneMinusQ);
        terms.x = x;
        terms.qHat = qHat;
        terms.lnH = margin[0];
        terms.lnCosh = weight[0];
        terms.dqHatdx = dqHatdq * q * oneMinusQ;
        terms.gOverH2 = margin[1];
        terms.oneMinusQOut = weight[1];
    }

    /** count points from alphaFrom to alphaTo (inclusive), each started from the previous ones. */
    public List<StoragePoint> curve(double kappa, double alphaFrom, double alphaTo, int count, Monitor monitor) {
        List<StoragePoint> points = new ArrayList<>(count);
        // the last converged logit(q) - ln(alpha), newest first (equal alpha steps): the guess is their extrapolation
        // (q ~ alpha as alpha -> 0, so the difference stays smooth there)
        double[] last = new double[6];
        Arrays.fill(last, Double.NaN);
        for (int i = 0; i < count; i++) {
            monitor.checkCancelled();
            double alpha = count == 1 ? alphaFrom : alphaFrom + (alphaTo - alphaFrom) * i / (count - 1);
            StoragePoint p = solveLogit(ROOT, alpha, kappa, extrapolate(last) + Math.log(alpha));
            if (p.converged()) {
                System.arraycopy(last, 0, last, 1, last.length - 1);
                last[0] = Math.log(p.q() / (1 - p.q())) - Math.log(alpha);
            } else {
                Arrays.fill(last, Double.NaN);
            }
            points.add(p);
            monitor.progress((i + 1.0) / count);
        }
        return points;
    }

    /**
     * The next x on an equally spaced grid from the last ones (newest first, NaN where unknown): the polynomial through
     * as many as are known, up to a quintic (error ~h^6 x^(6): on the 200-point curves of the entropy plot the guess is
     * off by 1e-10-1e-12, so the first Newton step is below the step tolerance and one evaluation makes a point).
     */
    private static double extrapolate(double[] last) {
        int known = 0;
        while (known < last.length && !Double.isNaN(last[known])) {
            known++;
        }
        if (known == 0) {
            return 0.5;
        }
        // Newton's forward-difference extrapolation: sum_k (-1)^k C(n, k+1) x_k, n = known points
        double guess = 0;
        double binomial = 1;
        for (int k = 0; k < known; k++) {
            binomial = binomial * (known - k) / (k + 1);
            guess += (k % 2 == 0 ? 1 : -1) * binomial * last[k];
        }
        return guess;
    }

    /** alpha_c(kappa): the load where s(alpha, kappa) = 0 (Krauth &amp; Mezard 1989), by Brent on (0, alpha_GD). */
    public RootResult capacity(double kappa) {
        double[] q = {0.5};
        double hi = alphaGD(kappa) * (1 - 1e-6);
        return BRENT.solve(a -> entropyNear(a, kappa, q), Math.min(1e-3, hi / 2), hi);
    }

    /**
     * alpha_c(kappa) from a curve of this margin ({@link #curve}): between its first two converged neighbours with
     * s &gt;= 0 and s &lt; 0, Newton's method in alpha with ds/dalpha = int Dz ln H(u) at the saddle (the envelope
     * theorem, s being stationary in q and qh; Gardner 1988), each solve started from the last q. A handful of solves,
     * against Brent's dozen from scratch in {@link #capacity(double)}, to which it falls back when the curve has no
     * such pair or Newton's method fails.
     */
    public RootResult capacity(double kappa, List<StoragePoint> curve) {
        for (int i = 0; i + 1 < curve.size(); i++) {
            StoragePoint before = curve.get(i);
            StoragePoint after = curve.get(i + 1);
            if (before.converged() && after.converged() && before.entropy() >= 0 && after.entropy() < 0) {
                RootResult r = capacityBetween(kappa, before, after);
                return r.converged() ? r : capacity(kappa);
            }
        }
        return capacity(kappa);
    }

    private RootResult capacityBetween(double kappa, StoragePoint before, StoragePoint after) {
        double[] q = {before.q()};
        return ALPHA_NEWTON.solve((alpha, out) -> {
            StoragePoint p = solve(alpha, kappa, q[0]);
            if (p.converged()) {
                q[0] = p.q();
            }
            out[0] = p.entropy();
            out[1] = p.converged() ? MarginTerm.evaluate(kappa, 1 - p.q())[0] : Double.NaN;
        }, before.alpha(), after.alpha(), before.alpha() + (after.alpha() - before.alpha())
                * before.entropy() / (before.entropy() - after.entropy()), 1);
    }

    /** kappa_max(alpha): the margin where s(alpha, kappa) = 0, by Brent below kappa_GD(alpha) (alpha_GD(kappa_GD) = alpha). */
    public RootResult kappaMax(double alpha) {
        new StorageParams(alpha, 0);
        RootResult gd = BRENT.solve(k -> alphaGD(k) - alpha, -8, 30);
        if (!gd.converged()) {
            return gd;
        }
        double[] q = {0.5};
        double hi = gd.root() - 1e-6;
        double lo = hi - 1;
        while (entropyNear(alpha, lo, q) < 0 && lo > -10) {
            lo -= 2 * (hi - lo);
        }
        return BRENT.solve(k -> entropyNear(alpha, k, q), lo, hi);
    }

    /** s at (alpha, kappa) started from q[0], which it updates (continuation inside root searches). */
    private double entropyNear(double alpha, double kappa, double[] q) {
        StoragePoint p = solve(alpha, kappa, q[0]);
        if (p.converged()) {
            q[0] = p.q();
        }
        return p.entropy();
    }
}
