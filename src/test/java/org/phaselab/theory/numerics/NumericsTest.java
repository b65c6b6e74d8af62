package org.phaselab.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumericsTest {

    @Test
    void quadratureIntegratesGaussianMoments() {
        GaussianQuadrature q = GaussianQuadrature.STANDARD;
        assertEquals(1.0, q.integrate(z -> 1), 1e-15);
        assertEquals(1.0, q.integrate(z -> z * z), 1e-12);
        assertEquals(3.0, q.integrate(z -> z * z * z * z), 1e-11);
        // int Dz cos(t z) = exp(-t^2/2)
        assertEquals(Math.exp(-2.0), q.integrate(z -> Math.cos(2 * z)), 1e-12);
    }

    @Test
    void quadratureOfLogCoshMatchesFineRule() {
        // int Dz ln cosh(sqrt(qh) z) for a large qh: both rules agree to 1e-9
        double qh = 16;
        double coarse = GaussianQuadrature.STANDARD.integrate(z -> Math.log(Math.cosh(Math.sqrt(qh) * z)));
        double fine = GaussianQuadrature.FINE.integrate(z -> Math.log(Math.cosh(Math.sqrt(qh) * z)));
        assertEquals(fine, coarse, 1e-9);
    }

    @Test
    void brentFindsKnownRoots() {
        BrentSolver s = new BrentSolver(1e-14, 100);
        RootResult r = s.solve(x -> Math.cos(x) - x, 0, 1);
        assertTrue(r.converged());
        assertEquals(0.7390851332151607, r.root(), 1e-13);
        assertTrue(r.iterations() < 15, "evaluations " + r.iterations());
        // H(x) = 0.05 at the 95% quantile 1.6448536269514722
        RootResult q = s.solve(x -> Gaussian.h(x) - 0.05, 0, 5);
        assertEquals(1.6448536269514722, q.root(), 1e-12);
    }

    @Test
    void brentFlagsNonBracketingInterval() {
        RootResult r = new BrentSolver(1e-12, 100).solve(x -> x * x + 1, -1, 2);
        assertFalse(r.converged());
        assertEquals(Convergence.Kind.NOT_BRACKETING_INTERVAL, r.failure().kind());
        assertTrue(Double.isNaN(r.root()));
        assertTrue(r.failure().detail().contains("f(-1.0) = 2.0"), r.failure().detail());
    }

    @Test
    void brentFlagsEvaluationBudget() {
        RootResult r = new BrentSolver(1e-300, 4).solve(x -> Math.exp(x) - 2 + Math.sin(7 * x), -3, 1);
        assertFalse(r.converged());
        assertEquals(Convergence.Kind.MAX_EVALUATIONS, r.failure().kind());
    }
}
