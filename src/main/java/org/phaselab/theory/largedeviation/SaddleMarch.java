package org.phaselab.theory.largedeviation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;

/**
 * Continuation of a saddle in d: Newton-Broyden at each distance from a guess extrapolated linearly through the last
 * two points (the unknowns are chosen so that every real vector is in the domain), steps of at most a factor
 * {@link #MAX_RATIO} and {@link #MAX_STEP} in d, halved on failure. A branch ends where the unknown that must stay
 * non-negative (sigma, at index {@code boundaryIndex}) reaches 0: that end is solved for directly, with d as the
 * unknown in its place. Failing that, it ends where the step falls below {@link #END_RESOLUTION} d (or the
 * resolution given).
 */
final class SaddleMarch {
    /** Max-norm of the residuals at convergence. */
    static final double TOLERANCE = 1e-11;
    static final int MAX_ITERATIONS = 30;
    static final int HALVINGS = 12;
    /** Evaluations per solve (line search and difference Jacobians included): no cap in practice. */
    static final int MAX_EVALUATIONS = 1000;
    static final double MAX_RATIO = 1.2;
    static final double MAX_STEP = 0.01;
    static final double END_RESOLUTION = 1e-3;

    /** The residuals at (d, x) and the point they describe (its branch and convergence are set by the march). */
    record Evaluation(double[] residual, LargeDeviationPoint point) {}

    interface Equations {
        Evaluation evaluate(double d, double[] x);
    }

    /**
     * Converged points at the targets reached, and the last converged point if the branch ended before the last
     * target (null if it reached them all, or never started: then {@code started} is false).
     */
    record Branch(Map<Double, LargeDeviationPoint> points, LargeDeviationPoint end, boolean started) {}

    private final Equations equations;
    private final Function<LargeDeviationPoint, double[]> unknownsOf;
    private final int boundaryIndex;
    private final double endResolution;

    /** With {@code boundaryIndex} the unknown whose vanishing ends a branch, or -1 if none does. */
    SaddleMarch(Equations equations, Function<LargeDeviationPoint, double[]> unknownsOf, int boundaryIndex) {
        this(equations, unknownsOf, boundaryIndex, END_RESOLUTION);
    }

    /**
     * With the smallest step, as a fraction of d, tried before a branch is declared ended: each halving below the
     * first failure costs failed Newton solves, the dearest part of a walk whose end is not a boundary.
     */
    SaddleMarch(Equations equations, Function<LargeDeviationPoint, double[]> unknownsOf, int boundaryIndex,
                double endResolution) {
        this.equations = equations;
        this.unknownsOf = unknownsOf;
        this.boundaryIndex = boundaryIndex;
        this.endResolution = endResolution;
    }

    /** The point between from.d() and failed where the boundary unknown vanishes, or null. */
    private LargeDeviationPoint boundaryEnd(LargeDeviationPoint from, double failed, LargeDeviationPoint.Branch branch) {
        if (boundaryIndex < 0) {
            return null;
        }
        double[] x = unknownsOf.apply(from);
        double[] y = x.clone();
        y[boundaryIndex] = from.d();
        BroydenNewton newton = new BroydenNewton(new BroydenNewton.Settings(TOLERANCE, MAX_ITERATIONS, MAX_EVALUATIONS, HALVINGS, 0.3, 1e-7));
        BroydenNewton.Outcome<LargeDeviationPoint> out = newton.solve(v -> {
            double d = v[boundaryIndex];
            if (!(d > 0 && d < 0.5)) {
                return new BroydenNewton.Value<>(new double[] {Double.NaN}, null);
            }
            double[] u = v.clone();
            u[boundaryIndex] = 0;
            Evaluation e = equations.evaluate(d, u);
            return new BroydenNewton.Value<>(e.residual(), e.point());
        }, y);
        LargeDeviationPoint p = out.payload();
        double lo = Math.min(from.d(), failed);
        double hi = Math.max(from.d(), failed);
        if (out.norm() < TOLERANCE && p != null && p.d() >= lo && p.d() <= hi) {
            return p.with(branch, Convergence.reached(out.iterations(), out.norm()));
        }
        return null;
    }

    /** The saddle at d from one guess. */
    LargeDeviationPoint solve(double d, double[] guess, LargeDeviationPoint.Branch branch) {
        BroydenNewton newton = new BroydenNewton(new BroydenNewton.Settings(TOLERANCE, MAX_ITERATIONS, MAX_EVALUATIONS, HALVINGS, 0.3, 1e-7));
        BroydenNewton.Outcome<LargeDeviationPoint> out = newton.solve(x -> {
            Evaluation e = equations.evaluate(d, x);
            return new BroydenNewton.Value<>(e.residual(), e.point());
        }, guess);
        LargeDeviationPoint p = out.payload();
        if (out.norm() < TOLERANCE && p != null && Double.isFinite(p.localEntropy())) {
            return p.with(branch, Convergence.reached(out.iterations(), out.norm()));
        }
        Convergence.Kind kind = Double.isFinite(out.norm()) ? (out.iterations() >= MAX_ITERATIONS
                ? Convergence.Kind.MAX_EVALUATIONS : Convergence.Kind.STALLED) : Convergence.Kind.NOT_FINITE;
        return LargeDeviationPoint.failed(d, Gaussian.binaryEntropy(d), Convergence.failed(kind,
                "saddle at d = " + d + ": residual " + out.norm() + " after " + out.iterations() + " iterations",
                out.iterations(), out.norm()));
    }

    /** From the first guess that converges at start, through the targets in the order given. */
    Branch trace(double start, List<double[]> guesses, double[] targets, LargeDeviationPoint.Branch label, Monitor monitor) {
        Map<Double, LargeDeviationPoint> points = new TreeMap<>();
        LargeDeviationPoint current = null;
        for (double[] guess : guesses) {
            current = solve(start, guess, label);
            if (current.converged()) {
                break;
            }
        }
        if (current == null || !current.converged()) {
            return new Branch(points, null, false);
        }
        LargeDeviationPoint previous = null;
        for (double target : targets) {
            while (current.d() != target) {
                monitor.checkCancelled();
                double step = Math.min(MAX_STEP, (MAX_RATIO - 1) * current.d());
                LargeDeviationPoint next = null;
                while (next == null) {
                    double d = target > current.d() ? Math.min(target, current.d() + step) : Math.max(target, current.d() - step);
                    LargeDeviationPoint p = solve(d, extrapolate(previous, current, d), label);
                    if (!p.converged() && previous != null) {
                        p = solve(d, unknownsOf.apply(current), label);
                    }
                    if (p.converged()) {
                        next = p;
                        continue;
                    }
                    LargeDeviationPoint end = boundaryEnd(current, d, label);
                    if (end != null) {
                        return new Branch(points, end, true);
                    }
                    if (step < endResolution * current.d()) {
                        return new Branch(points, current, true);
                    } else {
                        step /= 2;
                    }
                }
                previous = current;
                current = next;
            }
            points.put(target, current);
        }
        return new Branch(points, null, true);
    }

    private double[] extrapolate(LargeDeviationPoint previous, LargeDeviationPoint current, double d) {
        double[] x = unknownsOf.apply(current);
        if (previous == null) {
            return x;
        }
        double[] x0 = unknownsOf.apply(previous);
        double t = (d - current.d()) / (current.d() - previous.d());
        for (int i = 0; i < x.length; i++) {
            x[i] += t * (x[i] - x0[i]);
        }
        return x;
    }
}
