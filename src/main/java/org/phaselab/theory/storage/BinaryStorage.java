package org.phaselab.theory.storage;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.MonotoneRootFinder;
import org.phaselab.theory.numerics.RootResult;

/**
 * RS entropy of the binary perceptron with margin kappa (THEORY.md section 1; Gardner 1988, Krauth &amp; Mezard 1989):
 * <pre>
 *   s = -qh (1-q)/2 + int Dz ln 2cosh(sqrt(qh) z) + alpha int Dz ln H(u),   u = (kappa - sqrt(q) z)/sqrt(1-q)
 *   q = int Dz tanh^2(sqrt(qh) z),   qh = alpha/(1-q) int Dz (G/H)^2(u)
 * </pre>
 * qh is explicit in q, so the saddle is one monotone equation in x = ln(q/(1-q)) (which keeps q &lt; 1 and
 * resolves q -&gt; 1): R(x) = 1 - (1 - q(qh(q)))/(1 - q), positive at q -&gt; 0, negative at q -&gt; 1 when
 * alpha &lt; alpha_GD(kappa) = (2/pi) alpha_sph(kappa); beyond alpha_GD no RS solution with q &lt; 1 exists.
 * Solved by safeguarded secant steps from a guess (continuation along curves). Stateless, thread-safe.
 */
public final class BinaryStorage {
    private static final double X_MAX = 35;
    private static final MonotoneRootFinder ROOT = new MonotoneRootFinder(1e-12, 1e-13, 80);
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
        return solveLogit(alpha, kappa, Math.log(g / (1 - g)), 0.05);
    }

    private StoragePoint solveLogit(double alpha, double kappa, double xGuess, double step) {
        new StorageParams(alpha, kappa);
        if (alpha >= alphaGD(kappa)) {
            return StoragePoint.notConverged(alpha, kappa, 0, Double.NaN);
        }
        RootResult r = ROOT.solve(x -> residual(alpha, kappa, x), true, -X_MAX, X_MAX, xGuess, step);
        if (!r.converged()) {
            return StoragePoint.notConverged(alpha, kappa, r.iterations(), r.residual());
        }
        double x = r.root();
        double oneMinusQ = 1 / (1 + Math.exp(x));
        double q = 1 / (1 + Math.exp(-x));
        double[] margin = MarginTerm.evaluate(kappa, oneMinusQ);
        double qHat = alpha * margin[1] / oneMinusQ;
        double entropy = -qHat * oneMinusQ / 2 + BinaryWeightTerm.evaluate(qHat)[0] + alpha * margin[0];
        if (!Double.isFinite(entropy)) {
            return StoragePoint.notConverged(alpha, kappa, r.iterations(), r.residual());
        }
        return new StoragePoint(alpha, kappa, q, qHat, entropy, entropy >= 0, true, r.iterations(), r.residual());
    }

    /** Relative residual of the q equation at q = 1/(1 + exp(-x)), qh from its own equation. */
    static double residual(double alpha, double kappa, double x) {
        double oneMinusQ = 1 / (1 + Math.exp(x));
        double qHat = alpha * MarginTerm.evaluate(kappa, oneMinusQ, false)[1] / oneMinusQ;
        return 1 - BinaryWeightTerm.evaluate(qHat, false)[1] / oneMinusQ;
    }

    /** count points from alphaFrom to alphaTo (inclusive), each started from the previous ones. */
    public List<StoragePoint> curve(double kappa, double alphaFrom, double alphaTo, int count, Monitor monitor) {
        List<StoragePoint> points = new ArrayList<>(count);
        double x1 = Double.NaN;
        double x2 = Double.NaN;
        double x3 = Double.NaN;
        for (int i = 0; i < count; i++) {
            monitor.checkCancelled();
            double alpha = count == 1 ? alphaFrom : alphaFrom + (alphaTo - alphaFrom) * i / (count - 1);
            // polynomial extrapolation through the last converged points (equal alpha steps)
            double guess = Double.isNaN(x1) ? 0 : Double.isNaN(x2) ? x1 : Double.isNaN(x3) ? 2 * x1 - x2 : 3 * x1 - 3 * x2 + x3;
            double step = Double.isNaN(x3) ? 0.05 : Math.max(1e-7, Math.abs(x1 - 2 * x2 + x3));
            StoragePoint p = solveLogit(alpha, kappa, guess, step);
            if (p.converged()) {
                x3 = x2;
                x2 = x1;
                x1 = Math.log(p.q() / (1 - p.q()));
            } else {
                x1 = Double.NaN;
                x2 = Double.NaN;
                x3 = Double.NaN;
            }
            points.add(p);
            monitor.progress((i + 1.0) / count);
        }
        return points;
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
