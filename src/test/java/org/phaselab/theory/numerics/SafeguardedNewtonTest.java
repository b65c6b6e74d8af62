package org.phaselab.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeguardedNewtonTest {
    private final SafeguardedNewton newton = new SafeguardedNewton(1e-14, 1e-15, 60);

    @Test
    void convergesQuadraticallyFromAGoodGuess() {
        RootResult r = newton.solve((x, out) -> {
            out[0] = Math.cos(x) - x;
            out[1] = -Math.sin(x) - 1;
        }, 0, 1, 0.7, +1);
        assertTrue(r.converged());
        assertEquals(0.7390851332151607, r.root(), 1e-14);
        assertTrue(r.iterations() <= 5, "evaluations " + r.iterations());
    }

    @Test
    void aShortNewtonStepEndsTheSearchAtItsEnd() {
        // cos x = x from 1e-5 off the root: the first step (~1e-5) is long, the second (~1e-11) is below 1e-9, so the
        // search ends after two evaluations at that step's end, which Newton's quadratic convergence puts ~1e-22 off
        SafeguardedNewton stepping = new SafeguardedNewton(1e-30, 1e-30, 60, 1e-9);
        int[] evaluations = {0};
        RootResult r = stepping.solve((x, out) -> {
            evaluations[0]++;
            out[0] = Math.cos(x) - x;
            out[1] = -Math.sin(x) - 1;
        }, 0, 1, 0.7390851332151607 + 1e-5, +1);
        assertTrue(r.converged());
        assertEquals(2, evaluations[0]);
        assertEquals(0.7390851332151607, r.root(), 2e-16);
        // the residual reported is the last evaluated point's, a bound on the root's
        assertTrue(r.convergence().residual() > 1e-13 && r.convergence().residual() < 1e-10, String.valueOf(r.convergence()));
    }

    @Test
    void bisectsWhenNewtonWouldLeaveTheBracket() {
        // atan: Newton from x = 3 overshoots wildly; the bracket keeps it on track
        RootResult r = newton.solve((x, out) -> {
            out[0] = Math.atan(x - 0.3);
            out[1] = 1 / (1 + (x - 0.3) * (x - 0.3));
        }, -5, 5, 3, -1);
        assertTrue(r.converged(), String.valueOf(r.failure()));
        assertEquals(0.3, r.root(), 1e-13);
    }

    @Test
    void wrongBracketClaimEndsWithoutConvergence() {
        RootResult r = newton.solve((x, out) -> {
            out[0] = x * x + 1;
            out[1] = 2 * x;
        }, -1, 2, 0.5, -1);
        assertFalse(r.converged());
        assertEquals(Convergence.Kind.MAX_EVALUATIONS, r.failure().kind());
        assertTrue(Double.isNaN(r.root()));
    }

    @Test
    void flagsNonFiniteValues() {
        RootResult r = newton.solve((x, out) -> {
            out[0] = Math.log(x - 1);
            out[1] = 1 / (x - 1);
        }, 0, 3, 0.5, -1);
        assertFalse(r.converged());
        assertEquals(Convergence.Kind.NOT_FINITE, r.failure().kind());
    }
}
