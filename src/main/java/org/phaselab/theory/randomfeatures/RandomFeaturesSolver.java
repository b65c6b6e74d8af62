package org.phaselab.theory.randomfeatures;

import java.util.Locale;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.GaussianQuadrature;

/**
 * Solves the RS saddle point of THEORY.md section 4 by damped fixed-point iteration:
 * <pre>
 *   fields   A = k1^2 dG/dvs / gamma,  B = k1^2 dG/dvq / gamma,  C = k1 dG/drho / gamma     (EnergeticTerm)
 *   latent   (m, r, qs) = stationary point of phi_s given (qw, A, B, C)                   (ProjectionEntropy)
 *   weights  qhw = -2 kStar^2 dG/dvq - 2 gamma dphi_s/dqw,   qw = int Dz tanh^2(sqrt(qhw) z)
 * </pre>
 * which are the stationarity conditions of phi_RF = phi_W(qw) + gamma phi_s(m, r, qs, qw) + G_E in all of
 * (qw, qhw, m, r, qs). The fixed point x = sweep(x) of the four (qw, m, r, qs) (qhw follows) is found by
 * Newton-Broyden on sweep(x) - x ({@link BroydenNewton}, ~5-15 sweeps), and, should that fail, by the damped
 * iteration (damping 0.7: 50-300 sweeps), both to the same tolerance on the change of an order parameter in one
 * sweep. Warm starts ({@link #solve(RandomFeaturesModel, OrderParameters)}) make continuation cheap.
 */
public final class RandomFeaturesSolver {
    /** Newton: steps, sweeps (difference evaluations included), halvings, slow-progress factor, difference step. */
    private static final int NEWTON_STEPS = 30;
    private static final int NEWTON_SWEEPS = 120;
    private static final int NEWTON_HALVINGS = 8;
    private static final double NEWTON_SLOW_PROGRESS = 0.3;
    private static final double NEWTON_DIFFERENCE_STEP = 1e-7;

    /** Step 0.05 quadrature, tolerance 1e-11, 5000 sweeps, damping 0.7. */
    public static final RandomFeaturesSolver DEFAULT = new RandomFeaturesSolver(GaussianQuadrature.STANDARD, 1e-11, 5000, 0.7);

    private final GaussianQuadrature quadrature;
    private final EnergeticTerm energetic;
    private final double tolerance;
    private final int maxIterations;
    private final double damping;
    private final double quadratureStep;

    /**
     * @param tolerance      largest change of an order parameter in one sweep at convergence
     * @param maxIterations  sweep budget
     * @param damping        weight of the new iterate, in (0, 1]
     */
    public RandomFeaturesSolver(GaussianQuadrature quadrature, double tolerance, int maxIterations, double damping) {
        if (!(damping > 0 && damping <= 1)) {
            throw new IllegalArgumentException("damping must lie in (0, 1], got " + damping);
        }
        this.quadrature = quadrature;
        this.energetic = new EnergeticTerm(quadrature);
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.damping = damping;
        this.quadratureStep = quadrature.node(1) - quadrature.node(0);
    }

    public RandomFeaturesSaddle solve(RandomFeaturesModel model) {
        return solve(model, OrderParameters.START);
    }

    public RandomFeaturesSaddle solve(RandomFeaturesModel model, OrderParameters start) {
        RandomFeaturesSaddle newton = solveByNewton(model, start);
        return newton != null ? newton : solveByIteration(model, start);
    }

    /**
     * Newton-Broyden on F(x) = sweep(x) - x, x = (qw, m, r, qs) (a forward-difference Jacobian carried by Broyden's
     * updates): the fixed point to the tolerance, or null (the caller falls back to the damped iteration).
     */
    private RandomFeaturesSaddle solveByNewton(RandomFeaturesModel model, OrderParameters start) {
        BroydenNewton.Settings settings = new BroydenNewton.Settings(tolerance, NEWTON_STEPS, NEWTON_SWEEPS, NEWTON_HALVINGS,
                NEWTON_SLOW_PROGRESS, NEWTON_DIFFERENCE_STEP);
        BroydenNewton.Outcome<OrderParameters> out = new BroydenNewton(settings).solve(x -> {
            OrderParameters at = new OrderParameters(x[0], start.qhw(), x[1], x[2], x[3]);
            double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
            if (!(x[0] > 0 && x[0] < 1) || !resolved(model, at)) {
                return new BroydenNewton.Value<>(nan, null);
            }
            OrderParameters next;
            try {
                next = sweep(model, at);
            } catch (IllegalArgumentException e) {
                return new BroydenNewton.Value<>(nan, null);
            }
            return new BroydenNewton.Value<>(new double[] {next.qw() - x[0], next.m() - x[1], next.r() - x[2],
                    next.qs() - x[3]}, next);
        }, new double[] {start.qw(), start.m(), start.r(), start.qs()});
        if (!out.converged() || out.payload() == null || !out.payload().isFinite() || !resolved(model, out.payload())) {
            return null;
        }
        return finish(model, out.payload(), out.convergence().evaluations(), out.norm());
    }

    /** The damped fixed-point iteration. */
    private RandomFeaturesSaddle solveByIteration(RandomFeaturesModel model, OrderParameters start) {
        OrderParameters x = start;
        double residual = Double.NaN;
        for (int it = 1; it <= maxIterations; it++) {
            OrderParameters next;
            try {
                next = sweep(model, x);
            } catch (IllegalArgumentException e) {
                return failed(model, x, it, residual, Convergence.Kind.NO_SOLUTION, e.getMessage());
            }
            residual = max(Math.abs(next.qw() - x.qw()), Math.abs(next.m() - x.m()),
                    Math.abs(next.r() - x.r()), Math.abs(next.qs() - x.qs()));
            x = mix(next, x);
            if (!x.isFinite()) {
                return failed(model, x, it, residual, Convergence.Kind.NOT_FINITE, "order parameters left the finite range");
            }
            if (!resolved(model, x)) {
                return failed(model, x, it, residual, Convergence.Kind.NO_SOLUTION, "qw -> 1 (qw = " + x.qw()
                        + "): no RS solution with qw < 1 that this"
                        + " quadrature resolves at alpha = " + model.alpha() + ", alphaD = " + model.alphaD());
            }
            if (residual < tolerance) {
                return finish(model, x, it, residual);
            }
        }
        return failed(model, x, maxIterations, residual, Convergence.Kind.MAX_EVALUATIONS, String.format(Locale.ROOT,
                "no convergence in %d sweeps, residual %.3g", maxIterations, residual));
    }

    /** phi_RF as a function of all order parameters (not only at the saddle), for checks of stationarity. */
    public double functional(RandomFeaturesModel model, OrderParameters x) {
        EnergeticTerm.Value e = energetic.evaluate(model.alpha(), model.kappa(), x.teacherCovariance(model),
                x.fieldVariance(model), x.fieldOverlap(model));
        return WeightEntropy.value(x.qw(), x.qhw(), quadrature)
                + model.gamma() * ProjectionEntropy.value(x.m(), x.r(), x.qs(), x.qw()) + e.value();
    }

    /** The training-set term G_E at the given order parameters (its alpha-derivative at fixed gamma is G_E/alpha). */
    public double energeticTerm(RandomFeaturesModel model, OrderParameters x) {
        return energetic.evaluate(model.alpha(), model.kappa(), x.teacherCovariance(model),
                x.fieldVariance(model), x.fieldOverlap(model)).value();
    }

    private OrderParameters sweep(RandomFeaturesModel model, OrderParameters x) {
        double k1 = model.k1();
        double kStar2 = model.kStar() * model.kStar();
        double gamma = model.gamma();
        EnergeticTerm.Value e = energetic.evaluate(model.alpha(), model.kappa(), x.teacherCovariance(model),
                x.fieldVariance(model), x.fieldOverlap(model));
        ProjectionEntropy.Stationary s = ProjectionEntropy.stationary(x.qw(), gamma,
                k1 * k1 * e.dVs() / gamma, k1 * k1 * e.dVq() / gamma, k1 * e.dRho() / gamma);
        double qhw = Math.max(0, -2 * kStar2 * e.dVq() - 2 * s.gammaDPhiDqw());
        double qw = WeightEntropy.overlap(qhw, quadrature);
        return new OrderParameters(qw, qhw, s.m(), s.r(), s.qs());
    }

    /** The field noise sqrt((vs - vq)/vq) must span a few quadrature steps, else the energetic integral is unresolved. */
    private boolean resolved(RandomFeaturesModel model, OrderParameters x) {
        double noise = x.fieldVariance(model) - x.fieldOverlap(model);
        return x.qw() < 1 && noise > 0 && Math.sqrt(noise / x.fieldOverlap(model)) > 2 * quadratureStep;
    }

    private OrderParameters mix(OrderParameters next, OrderParameters old) {
        double b = damping;
        double c = 1 - damping;
        return new OrderParameters(b * next.qw() + c * old.qw(), next.qhw(), b * next.m() + c * old.m(),
                b * next.r() + c * old.r(), b * next.qs() + c * old.qs());
    }

    private RandomFeaturesSaddle finish(RandomFeaturesModel model, OrderParameters x, int it, double residual) {
        // qhw consistent with the final qw (the entropy is stationary in qhw there)
        OrderParameters done = sweepQhOnly(model, x);
        double entropy = functional(model, done);
        double rho = done.teacherCovariance(model);
        double epsTyp = Math.acos(clamp(rho / Math.sqrt(done.fieldVariance(model)))) / Math.PI;
        double epsBayes = Math.acos(clamp(rho / Math.sqrt(done.fieldOverlap(model)))) / Math.PI;
        if (!Double.isFinite(entropy)) {
            return failed(model, done, it, residual, Convergence.Kind.NOT_FINITE, "entropy not finite");
        }
        return new RandomFeaturesSaddle(model, done, entropy, epsTyp, epsBayes, Convergence.reached(it, residual));
    }

    private OrderParameters sweepQhOnly(RandomFeaturesModel model, OrderParameters x) {
        OrderParameters s = sweep(model, x);
        return new OrderParameters(x.qw(), s.qhw(), x.m(), x.r(), x.qs());
    }

    private static RandomFeaturesSaddle failed(RandomFeaturesModel model, OrderParameters x, int it, double residual,
                                               Convergence.Kind kind, String why) {
        return new RandomFeaturesSaddle(model, x, Double.NaN, Double.NaN, Double.NaN,
                Convergence.failed(kind, why, it, residual));
    }

    private static double clamp(double c) {
        return Math.max(-1, Math.min(1, c));
    }

    private static double max(double a, double b, double c, double d) {
        return Math.max(Math.max(a, b), Math.max(c, d));
    }
}
