package org.phaselab.training.jamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.progress.Monitor;

class PerceptronJammingTest {

    /** alpha_J(kappa) = 1/int_{-kappa}^inf Dt (t+kappa)^2, checked against direct quadrature (Gardner 1988). */
    @ParameterizedTest
    @CsvSource({"0.0", "0.5", "1.0", "2.0", "-0.5"})
    void jammingLineMatchesItsDefiningIntegralTo1e9(double kappa) {
        double sum = 0;
        double h = 1e-4;
        for (double t = -kappa; t < 12; t += h) {
            double mid = t + h / 2;
            sum += h * Math.exp(-mid * mid / 2) / Math.sqrt(2 * Math.PI) * (mid + kappa) * (mid + kappa);
        }
        assertEquals(1 / sum, JammingLine.alpha(kappa), 1e-9 * JammingLine.alpha(kappa));
    }

    @Test
    void jammingLineIsCoversTwoAtZeroMarginAndFallsWithMargin() {
        assertEquals(2.0, JammingLine.alpha(0), 1e-14);
        assertTrue(JammingLine.alpha(0.5) < JammingLine.alpha(0));
        assertTrue(JammingLine.alpha(-0.5) > JammingLine.alpha(0));
    }

    /** Cover (1965) at P = 2N is exactly 1/2; at P = N + 1 it is 1 - 2^(-N). */
    @Test
    void coverProbabilityHasItsExactValues() {
        assertEquals(0.5, JammingLine.coverProbability(50, 100), 1e-12);
        assertEquals(1 - Math.pow(2, -10), JammingLine.coverProbability(10, 11), 1e-15);
        assertEquals(1.0, JammingLine.coverProbability(10, 10));
    }

    /** Measured SAT fractions at kappa = 0, N = 50, 40 seeds, within 3 binomial standard deviations of Cover's law. */
    @ParameterizedTest
    @CsvSource({"1.6", "2.0", "2.4"})
    void satFractionFollowsCoversLawAtFiniteN(double alpha) throws InterruptedException {
        int seeds = 40;
        var points = PerceptronScan.run(50, 0.0, new double[] {alpha}, seeds, 2, Monitor.NONE, pt -> { });
        double expected = JammingLine.coverProbability(50, (int) Math.round(alpha * 50));
        double sd = Math.sqrt(expected * (1 - expected) / seeds);
        assertEquals(0, points.get(0).unconverged());
        assertEquals(expected, points.get(0).satFraction(), 3 * sd + 1.0 / seeds, "Cover: " + expected);
    }

    @Test
    void perceptronFitsWellBelowAlphaJ() {
        for (long seed = 1; seed <= 3; seed++) {
            SphericalPerceptron.Run run = SphericalPerceptron.train(200, 1.4, 0.0, seed, 20_000, Monitor.NONE);
            assertTrue(run.sat(), "alpha = 1.4 < 2, seed " + seed);
            assertEquals(0, run.nDelta());
        }
    }

    @Test
    void perceptronJamsWellAboveAlphaJAndIsHyperstaticThere() {
        for (long seed = 1; seed <= 3; seed++) {
            SphericalPerceptron.Run run = SphericalPerceptron.train(200, 2.8, 0.0, seed, 20_000, Monitor.NONE);
            assertFalse(run.sat(), "alpha = 2.8 > 2, seed " + seed);
            assertTrue(run.converged(), "UNSAT should be a stationary point, not a spent budget");
            // UNSAT side of a convex jamming problem: more contacts than weights
            assertTrue(run.contacts() > run.n(), "contacts " + run.contacts());
        }
    }

    @Test
    void positiveMarginJamsEarlier() {
        // alpha_J(1) = 0.5196: alpha = 1.2 is SAT at kappa = 0 but UNSAT at kappa = 1
        assertTrue(SphericalPerceptron.train(100, 1.2, 0.0, 5, 20_000, Monitor.NONE).sat());
        assertFalse(SphericalPerceptron.train(100, 1.2, 1.0, 5, 20_000, Monitor.NONE).sat());
    }
}
