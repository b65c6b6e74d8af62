package org.phaselab.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Newton-Broyden solver on systems with known roots: accuracy, evaluation counts, budgets and failure kinds. */
class BroydenNewtonTest {
    private static final BroydenNewton.Settings SETTINGS = new BroydenNewton.Settings(1e-12, 50, 200, 10, 0.3, 1e-7);

    /** Rosenbrock's system F = (10 (y - x^2), 1 - x), root (1, 1), with or without its Jacobian. */
    private static Function<double[], BroydenNewton.Value<String>> rosenbrock(boolean analytic, int[] count) {
        return x -> {
            count[0]++;
            double[] f = {10 * (x[1] - x[0] * x[0]), 1 - x[0]};
            double[][] j = analytic ? new double[][] {{-20 * x[0], 10}, {-1, 0}} : null;
            return new BroydenNewton.Value<>(f, j, "payload at " + x[0]);
        };
    }

    @Test
    void analyticJacobianConvergesQuadraticallyInFewEvaluations() {
        int[] count = {0};
        BroydenNewton.Outcome<String> out = new BroydenNewton(SETTINGS).solve(rosenbrock(true, count), new double[] {0.8, 0.5});
        assertTrue(out.converged());
        assertEquals(1, out.x()[0], 1e-12);
        assertEquals(1, out.x()[1], 1e-12);
        assertEquals(count[0], out.convergence().evaluations(), "every evaluation is counted");
        assertTrue(out.convergence().evaluations() <= 8, "evaluations " + out.convergence().evaluations());
        assertTrue(out.payload().startsWith("payload at 1"));
        assertTrue(out.norm() < 1e-12);
    }

    @Test
    void differencesAndBroydenUpdatesReachTheSameRoot() {
        int[] count = {0};
        BroydenNewton.Outcome<String> out = new BroydenNewton(SETTINGS).solve(rosenbrock(false, count), new double[] {-1.2, 1});
        assertTrue(out.converged(), String.valueOf(out.convergence()));
        assertEquals(1, out.x()[0], 1e-10);
        assertEquals(1, out.x()[1], 1e-10);
        assertEquals(count[0], out.convergence().evaluations(), "difference evaluations are counted too");
    }

    @Test
    void aSpentBudgetIsAFailureWithItsReason() {
        int[] count = {0};
        BroydenNewton.Outcome<String> out = new BroydenNewton(SETTINGS).solve(rosenbrock(false, count), new double[] {-1.2, 1}, 4);
        assertFalse(out.converged());
        assertEquals(Convergence.Kind.MAX_EVALUATIONS, out.convergence().kind());
        assertTrue(count[0] <= 4, "never more than the budget: " + count[0]);
        assertTrue(out.convergence().reason().contains("budget"));
    }

    @Test
    void aStartOutsideTheDomainSaysSo() {
        BroydenNewton.Outcome<Void> out = new BroydenNewton(SETTINGS).solve(
                x -> new BroydenNewton.Value<>(new double[] {Math.log(x[0])}, null), new double[] {-1});
        assertEquals(Convergence.Kind.NOT_FINITE, out.convergence().kind());
        assertEquals(1, out.convergence().evaluations());
    }

    @Test
    void aSingularJacobianStalls() {
        // F = (x + y, x + y - 1) has no root; its Jacobian is singular everywhere
        BroydenNewton.Outcome<Void> out = new BroydenNewton(SETTINGS).solve(x -> new BroydenNewton.Value<>(
                new double[] {x[0] + x[1], x[0] + x[1] - 1}, new double[][] {{1, 1}, {1, 1}}, null), new double[] {0, 0});
        assertFalse(out.converged());
        assertEquals(Convergence.Kind.STALLED, out.convergence().kind());
    }

    @Test
    void lowerBoundsAreNeverCrossed() {
        // F = (y^2 + y - 1e-6 + 0.1 (x - 1), x - 1): root y ~ 1e-6 just above the bound y >= 0; the full Newton step
        // from (3, 0.5) overshoots below 0
        double[] lowest = {Double.POSITIVE_INFINITY};
        BroydenNewton.Outcome<Void> out = new BroydenNewton(SETTINGS).solve(x -> {
            lowest[0] = Math.min(lowest[0], x[1]);
            double[] f = {x[1] * x[1] + x[1] - 1e-6 + 0.1 * (x[0] - 1), x[0] - 1};
            return new BroydenNewton.Value<>(f, new double[][] {{0.1, 2 * x[1] + 1}, {1, 0}}, null);
        }, new double[] {3, 0.5}, 100, new double[] {Double.NaN, 0});
        assertTrue(out.converged(), String.valueOf(out.convergence()));
        assertTrue(lowest[0] > 0, "y stayed positive: " + lowest[0]);
        assertEquals(0.5 * (Math.sqrt(1 + 4e-6) - 1), out.x()[1], 1e-11);
    }

    @Test
    void eliminationSolvesASmallSystemAndRefusesASingularOne() {
        double[] x = BroydenNewton.solveLinear(new double[][] {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}}, new double[] {3, 5, 5});
        assertEquals(1, x[0], 1e-14);
        assertEquals(1, x[1], 1e-14);
        assertEquals(1, x[2], 1e-14);
        assertEquals(null, BroydenNewton.solveLinear(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1}));
    }
}
