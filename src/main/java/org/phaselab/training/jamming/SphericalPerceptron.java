package org.phaselab.training.jamming;

import org.phaselab.training.data.Gaussian;
import java.util.SplittableRandom;
import org.phaselab.progress.Monitor;

/**
 * The jamming experiment of the spherical perceptron (Franz and Parisi 2016; THEORY.md sections 1, 6):
 * weights on the sphere |w|^2 = N, P = alpha N Gaussian patterns xi (labels absorbed into xi), gaps
 * Delta_mu = kappa - w.xi_mu/sqrt(N). Minimises the quadratic hinge (1/2) sum_mu max(0, Delta_mu + eps)^2
 * by Riemannian gradient descent with heavy-ball momentum {@value #MOMENTUM} (Polyak 1964): gradient and
 * velocity projected on the tangent plane, weights renormalised after each step. Momentum matters near
 * alpha_J, where the Hessian of the UNSAT minimum becomes ill-conditioned.
 * The small training shift eps = {@value #MARGIN_SHIFT} lets a SAT run end with every Delta_mu &lt; 0 in
 * finite time (a hinge without it is only approached exponentially); it moves alpha_J by O(eps).
 * Contacts are the patterns that still push on w at the end: Delta_mu + eps &gt; 0.
 */
public final class SphericalPerceptron {
    public static final double MARGIN_SHIFT = 1e-3;
    public static final double MOMENTUM = 0.9;
    private static final double GRADIENT_TOLERANCE = 1e-8;

    /** Result of one run; {@code converged} is false if the step budget ran out before SAT or a stationary UNSAT point. */
    public record Run(int n, int p, double kappa, boolean sat, int nDelta, int contacts, double loss, int steps,
                      boolean converged, double[] deltas) {
        public Run {
            deltas = deltas.clone();
        }
    }

    private SphericalPerceptron() {}

    public static Run train(int n, double alpha, double kappa, long seed, int maxSteps, Monitor monitor) {
        return train(n, alpha, kappa, seed, seed, maxSteps, monitor);
    }

    /** Same patterns as {@code dataSeed}, starting point drawn from {@code startSeed} (to probe for other minima). */
    public static Run train(int n, double alpha, double kappa, long dataSeed, long startSeed, int maxSteps, Monitor monitor) {
        if (n < 1 || !(alpha > 0) || !Double.isFinite(kappa) || maxSteps < 1) {
            throw new IllegalArgumentException("need n >= 1, alpha > 0, finite kappa, maxSteps >= 1");
        }
        int p = Math.max(1, (int) Math.round(alpha * n));
        SplittableRandom rng = new SplittableRandom(dataSeed);
        double[] xi = new double[p * n];
        for (int k = 0; k < xi.length; k++) {
            xi[k] = Gaussian.next(rng);
        }
        double[] w = new double[n];
        if (startSeed != dataSeed) {
            rng = new SplittableRandom(startSeed ^ 0x5DEECE66DL);
        }
        for (int i = 0; i < n; i++) {
            w[i] = Gaussian.next(rng);
        }
        normalise(w);
        double sqrtN = Math.sqrt(n);
        double rate = 1.0 / Math.pow(1 + Math.sqrt(alpha), 2); // 1 / largest eigenvalue of sum xi xi^T / N (Marchenko-Pastur edge)
        double[] delta = new double[p];
        double[] grad = new double[n];
        double[] velocity = new double[n];
        int steps = 0;
        boolean converged = false;
        double loss = 0;
        while (true) {
            int violated = 0;
            loss = 0;
            java.util.Arrays.fill(grad, 0.0);
            for (int mu = 0; mu < p; mu++) {
                double s = 0;
                int row = mu * n;
                for (int i = 0; i < n; i++) {
                    s += w[i] * xi[row + i];
                }
                delta[mu] = kappa - s / sqrtN;
                violated += delta[mu] > 0 ? 1 : 0;
                double force = delta[mu] + MARGIN_SHIFT;
                if (force > 0) {
                    loss += 0.5 * force * force;
                    for (int i = 0; i < n; i++) {
                        grad[i] -= force * xi[row + i] / sqrtN;
                    }
                }
            }
            if (violated == 0) {
                converged = true;
                break;
            }
            double radial = dot(grad, w) / n;
            double tangent2 = 0;
            for (int i = 0; i < n; i++) {
                grad[i] -= radial * w[i];
                tangent2 += grad[i] * grad[i];
            }
            if (Math.sqrt(tangent2) < GRADIENT_TOLERANCE * sqrtN) {
                converged = true; // a stationary point with violated constraints: UNSAT
                break;
            }
            if (steps >= maxSteps) {
                break;
            }
            for (int i = 0; i < n; i++) {
                velocity[i] = MOMENTUM * velocity[i] - rate * grad[i];
                w[i] += velocity[i];
            }
            normalise(w);
            double along = dot(velocity, w) / n;
            for (int i = 0; i < n; i++) {
                velocity[i] -= along * w[i];
            }
            if (++steps % 500 == 0) {
                monitor.checkCancelled();
            }
        }
        int nDelta = 0;
        int contacts = 0;
        for (double dl : delta) {
            nDelta += dl > 0 ? 1 : 0;
            contacts += dl + MARGIN_SHIFT > 0 ? 1 : 0;
        }
        return new Run(n, p, kappa, nDelta == 0, nDelta, contacts, loss, steps, converged, delta);
    }

    private static void normalise(double[] w) {
        double scale = Math.sqrt(w.length / dot(w, w));
        for (int i = 0; i < w.length; i++) {
            w[i] *= scale;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
