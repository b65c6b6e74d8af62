package org.phaselab.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelRulesTest {

    @Test
    void gaussLegendreIsExactForPolynomialsOfDegreeTwoMMinusOne() {
        GaussLegendre gl = new GaussLegendre(8);
        double[] x = new double[8];
        double[] w = new double[8];
        gl.panel(-1, 2, false, x, w, 0);
        double s15 = 0;
        double s16 = 0;
        for (int i = 0; i < 8; i++) {
            s15 += w[i] * Math.pow(x[i], 15);
            s16 += w[i] * Math.pow(x[i], 16);
        }
        assertEquals((Math.pow(2, 16) - 1) / 16, s15, 1e-9);
        assertTrue(Math.abs(s16 - (Math.pow(2, 17) + 1) / 17) > 1e-6, "degree 16 is not exact");
    }

    @Test
    void gaussHermiteHasTheGaussianMomentsUpToDegreeTwoNMinusOne() {
        // E z^(2k) = (2k - 1)!! (closed form); n = 12 is exact to degree 23, not at degree 24
        GaussHermite gh = new GaussHermite(12);
        double[] moments = new double[26];
        for (int i = 0; i < gh.size(); i++) {
            for (int k = 0; k < moments.length; k++) {
                moments[k] += gh.weight(i) * Math.pow(gh.node(i), k);
            }
        }
        double doubleFactorial = 1;
        for (int k = 0; k <= 22; k += 2) {
            assertEquals(doubleFactorial, moments[k], 1e-12 * doubleFactorial, "degree " + k);
            assertEquals(0, moments[k + 1], 1e-12 * doubleFactorial, "degree " + (k + 1));
            doubleFactorial *= k + 1;
        }
        assertTrue(Math.abs(moments[24] - doubleFactorial * 23) > 1e-6 * doubleFactorial, "degree 24 is not exact");
    }

    @ParameterizedTest
    @CsvSource({"0, 1e-3", "2.5, 0.01", "-30, 5", "1e17, 1e-9", "0.3, 0"})
    void gradedRuleIntegratesTheGaussianMeasureWhereverTheKinkSits(double center, double width) {
        GradedGaussianRule rule = GradedGaussianRule.around(center, width, GradedGaussianRule.L, GaussLegendre.TEN);
        double mass = 0;
        double second = 0;
        for (int i = 0; i < rule.size(); i++) {
            mass += rule.weight(i);
            second += rule.weight(i) * rule.node(i) * rule.node(i);
        }
        assertEquals(1, mass, 1e-13);
        assertEquals(1, second, 1e-12);
        assertTrue(rule.size() < 2000, "nodes " + rule.size());   // even a vanishing width ends the grading
    }

    @Test
    void gradedRuleResolvesAKink() {
        // int Dz max(0, (kappa - sqrt(q) z)/sqrt(1-q))^2 at q = 0.999 has the closed form of alpha_sph
        double q = 0.999;
        double kappa = 0.4;
        double sq = Math.sqrt(q);
        double s1 = Math.sqrt(1 - q);
        GradedGaussianRule rule = GradedGaussianRule.around(kappa / sq, s1 / sq, GradedGaussianRule.L, GaussLegendre.TEN);
        double sum = 0;
        for (int i = 0; i < rule.size(); i++) {
            double u = Math.max(0, kappa - sq * rule.node(i));
            sum += rule.weight(i) * u * u;
        }
        // int Dz (kappa - sqrt(q) z)_+^2 = (kappa^2 + q) H(-kappa/sqrt q) + kappa sqrt(q) G(kappa/sqrt q)
        double t = kappa / sq;
        double exact = (kappa * kappa + q) * Gaussian.h(-t) + kappa * sq * Gaussian.g(t);
        assertEquals(exact, sum, 1e-12);
    }

    @Test
    void gradedPanelsCoverTheIntervalInOrder() {
        double[] b = GradedPanels.breaks(-2, 7, 0.5, 1e-4, 1);
        assertEquals(-2, b[0]);
        assertEquals(7, b[b.length - 1]);
        for (int i = 1; i < b.length; i++) {
            assertTrue(b[i] > b[i - 1]);
            assertTrue(b[i] - b[i - 1] <= 1 + 1e-12);
        }
        assertEquals(0, GradedPanels.breaks(1, 1, 0, 1, 1).length);
    }

    @Test
    void monotoneRootFinderConvergesFromAGuessAndReportsMissingRoots() {
        MonotoneRootFinder finder = new MonotoneRootFinder(1e-14, 1e-15, 60);
        RootResult r = finder.solve(x -> Math.cos(x) - x, true, -10, 10, 3, 0.1);
        assertTrue(r.converged());
        assertEquals(0.7390851332151607, r.root(), 1e-13);
        assertTrue(r.iterations() < 15, "evaluations " + r.iterations());
        RootResult none = finder.solve(x -> 1 + x * x, true, -5, 5, 0, 0.1);
        assertFalse(none.converged());
        assertEquals(Convergence.Kind.NOT_BRACKETING_INTERVAL, none.failure().kind());
    }
}
