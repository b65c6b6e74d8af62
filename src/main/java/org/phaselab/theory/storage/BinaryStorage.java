package org.phaselab.theory.storage;

import java.util.ArrayList;
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
    /** |R| at a solution, and the bracket width in x that also counts as one; 80 evaluations at most. */
    private static final SafeguardedNewton ROOT = new SafeguardedNewton(1e-13, 1e-12, 80);
    private static final BrentSolver BRENT = new BrentSolver(1e-11, 100);

    /** alpha_GD(kappa) = (2/pi) / [(1+kappa^2) H(-kappa) + kappa G(kappa)] (THEORY.md section 1). */
    public static double alphaGD(double kappa) {
        return 2 / Math.PI / ((1 + kappa * kappa) * Gaussian.h(-kappa) + kappa * Gaussian.g(kappa));
    }

    public StoragePoint solve(double alpha, double kappa) {
        return solve(alpha, kappa, 0.5);
    }

    /** The saddle at (alpha, kappa) starting from overlap {@code qGuess} in (0, 1). */
    public StoragePoint solve(double alpha, double kappa, double qGuess) {
        double g = Math.min(1 - 1e-12, Math.max(1e-12, qGuess));
        return solveLogit(alpha, kappa, Math.log(g / (1 - g)));
    }

    private StoragePoint solveLogit(double alpha, double kappa, double xGuess) {
        new StorageParams(alpha, kappa);
        if (alpha >= alphaGD(kappa)) {
            return StoragePoint.notConverged(alpha, kappa, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                    "alpha >= alpha_GD(kappa) = " + alphaGD(kappa) + ": no RS solution with q < 1", 0, Double.NaN));
        }
        Terms last = new Terms();
        RootResult r = ROOT.solve((x, out) -> residual(alpha, kappa, x, out, last), -X_MAX, X_MAX,
                Math.max(-X_MAX, Math.min(X_MAX, xGuess)), 1);
        if (!r.converged()) {
            return StoragePoint.notConverged(alpha, kappa, r.convergence());
        }
        double x = r.root();
        if (last.x != x) {
            residual(alpha, kappa, x, new double[2], last);
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

    /** The terms of the last evaluation (the root, once converged), for the entropy. */
    private static final class Terms {
        double x = Double.NaN;
        double qHat;
        double lnH;
        double lnCosh;
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
    }

    /** count points from alphaFrom to alphaTo (inclusive), each started from the previous ones. */
    public List<StoragePoint> curve(double kappa, double alphaFrom, double alphaTo, int count, Monitor monitor) {
        List<StoragePoint> points = new ArrayList<>(count);
        // the last converged logit(q) - ln(alpha), newest first (equal alpha steps): the guess is their extrapolation
        // (q ~ alpha as alpha -> 0, so the difference stays smooth there)
        double[] last = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (int i = 0; i < count; i++) {
            monitor.checkCancelled();
            double alpha = count == 1 ? alphaFrom : alphaFrom + (alphaTo - alphaFrom) * i / (count - 1);
            StoragePoint p = solveLogit(alpha, kappa, extrapolate(last) + Math.log(alpha));
            if (p.converged()) {
                System.arraycopy(last, 0, last, 1, last.length - 1);
                last[0] = Math.log(p.q() / (1 - p.q())) - Math.log(alpha);
            } else {
                java.util.Arrays.fill(last, Double.NaN);
            }
            points.add(p);
            monitor.progress((i + 1.0) / count);
        }
        return points;
    }

    /**
     * The next x on an equally spaced grid from the last ones (newest first, NaN where unknown): the polynomial through
     * as many as are known, up to a cubic (error ~h^4 x'''': one Newton step then reaches 1e-13).
     */
    private static double extrapolate(double[] last) {
        if (Double.isNaN(last[0])) {
            return 0.5;
        } else if (Double.isNaN(last[1])) {
            return last[0];
        } else if (Double.isNaN(last[2])) {
            return 2 * last[0] - last[1];
        } else if (Double.isNaN(last[3])) {
            return 3 * last[0] - 3 * last[1] + last[2];
        }
        return 4 * last[0] - 6 * last[1] + 4 * last[2] - last[3];
    }

    /** alpha_c(kappa): the load where s(alpha, kappa) = 0 (Krauth &amp; Mezard 1989), by Brent on (0, alpha_GD). */
    public RootResult capacity(double kappa) {
        double[] q = {0.5};
        double hi = alphaGD(kappa) * (1 - 1e-6);
        return BRENT.solve(a -> entropyNear(a, kappa, q), Math.min(1e-3, hi / 2), hi);
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
