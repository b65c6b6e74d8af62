package org.phaselab.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LevenbergMarquardtTest {
    private final LevenbergMarquardt solver = new LevenbergMarquardt(new LevenbergMarquardt.Settings(1e-12, 200, 1e-7));

    @Test
    void findsTheRootOfACircleAndALineFromFarAway() {
        // x^2 + y^2 = 4, x = y: (sqrt 2, sqrt 2) from (10, -3)
        LevenbergMarquardt.Outcome<Void> out = solver.solve(x -> new BroydenNewton.Value<>(
                new double[] {x[0] * x[0] + x[1] * x[1] - 4, x[0] - x[1]}, null), new double[] {10, -3});
        assertTrue(out.converged(), () -> out.convergence().reason());
        assertEquals(Math.sqrt(2), out.x()[0], 1e-10);
        assertEquals(Math.sqrt(2), out.x()[1], 1e-10);
    }

    @Test
    void saysSoWhenThereIsNoRoot() {
        // x^2 + 1 = 0 has no real root: |F| has its minimum 1 at x = 0, not a root
        LevenbergMarquardt.Outcome<Void> out = solver.solve(x -> new BroydenNewton.Value<>(
                new double[] {x[0] * x[0] + 1}, null), new double[] {3});
        assertFalse(out.converged());
        assertEquals(0, out.x()[0], 1e-3);
    }
}
