package org.phaselab.theory.spherical;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;

/**
 * Solves the spherical perceptron's saddle point q(alpha, kappa) (THEORY.md section 1; Gardner 1988) as the root
 * of the bounded residual f(q) = q - alpha (1-q) I(q): f(0) = -alpha (G/H(kappa))^2 &lt; 0 and f(1-) =
 * 1 - alpha/alpha_sph(kappa) &gt; 0 below the capacity, so Brent on [0, 1 - 10^-k] brackets it, with k raised
 * until f changes sign. Above the capacity q is 1 and the volume is empty.
 */
public final class SphericalPerceptron {
    /** |q - q*| at convergence. */
    public static final double TOLERANCE = 1e-14;
    /** 1 - q is tried down to 10^-MAX_DIGITS to bracket the root; closer to the capacity q is not resolvable. */
    private static final int MAX_DIGITS = 14;
    /** Evaluations of the Brent search of one point. */
    private static final int MAX_EVALUATIONS = 200;
    private final BrentSolver brent = new BrentSolver(TOLERANCE, MAX_EVALUATIONS);

    public SphericalPoint solve(double alpha, double kappa) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a finite number > 0, got " + alpha);
        }
        SphericalCapacity.Capacity capacity = SphericalCapacity.of(kappa);
        if (alpha >= capacity.alphaC()) {
            return new SphericalPoint(alpha, kappa, 1.0, Double.NEGATIVE_INFINITY,
                    SphericalPoint.Status.BEYOND_CAPACITY, capacity.rsExact(), Convergence.reached(0, 0.0));
        }
        int evaluations = 0;
        double qHi = Double.NaN;
        for (int digits = 2; digits <= MAX_DIGITS; digits += 2) {
            double candidate = 1 - Math.pow(10, -digits);
            evaluations++;
            if (GardnerVolume.residual(alpha, kappa, candidate) > 0) {
                qHi = candidate;
                break;
            }
        }
        if (Double.isNaN(qHi)) { // alpha within ~1e-13 of the capacity: q is not resolvable in double precision
            return notConverged(alpha, kappa, capacity, Convergence.failed(Convergence.Kind.NOT_FINITE,
                    "alpha is within 1e-" + MAX_DIGITS + " of the capacity: q is not resolvable in double precision", evaluations, Double.NaN));
        }
        RootResult root = brent.solve(q -> GardnerVolume.residual(alpha, kappa, q), 0, qHi);
        evaluations += root.iterations();
        if (!root.converged()) {
            return notConverged(alpha, kappa, capacity, Convergence.failed(root.failure().kind(), root.failure().detail(),
                    evaluations, root.residual()));
        }
        double entropy = GardnerVolume.entropy(alpha, kappa, root.root());
        if (!Double.isFinite(entropy)) {
            return notConverged(alpha, kappa, capacity, Convergence.failed(Convergence.Kind.NOT_FINITE,
                    "entropy at q = " + root.root() + " is " + entropy, evaluations, root.residual()));
        }
        return new SphericalPoint(alpha, kappa, root.root(), entropy, SphericalPoint.Status.CONVERGED,
                capacity.rsExact(), Convergence.reached(evaluations, root.residual()));
    }

    /** Points along alpha at fixed kappa; checks the monitor between points. */
    public List<SphericalPoint> curve(double kappa, double[] alphas, Monitor monitor) {
        List<SphericalPoint> points = new ArrayList<>(alphas.length);
        for (int i = 0; i < alphas.length; i++) {
            monitor.checkCancelled();
            points.add(solve(alphas[i], kappa));
            monitor.progress((i + 1.0) / alphas.length);
        }
        return points;
    }

    /** The load at which q solves the saddle point, alpha(q) = q/((1-q) I(q)); tends to alpha_sph as q -&gt; 1. */
    public static double alphaAtOverlap(double q, double kappa) {
        return q / GardnerVolume.scaledOverlapIntegral(q, kappa);
    }

    private static SphericalPoint notConverged(double alpha, double kappa, SphericalCapacity.Capacity c, Convergence why) {
        return new SphericalPoint(alpha, kappa, Double.NaN, Double.NaN, SphericalPoint.Status.NOT_CONVERGED, c.rsExact(), why);
    }
}
