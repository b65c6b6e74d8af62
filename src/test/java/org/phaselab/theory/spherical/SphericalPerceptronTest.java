package org.phaselab.theory.spherical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.theory.numerics.Gaussian;

/** The spherical perceptron's Gardner volume: capacity formula, saddle point, limits (THEORY.md section 1). */
class SphericalPerceptronTest {
    private final SphericalPerceptron solver = new SphericalPerceptron();

    @ParameterizedTest(name = "alpha_sph({0}) = {1}")
    @CsvSource({
            "0.0,  2.0",            // Cover 1965, Gardner 1988
            // from the closed form 1/[(1+k^2) H(-k) + k G(k)], evaluated independently below
            "0.5,  0.9612050528",
            "1.0,  0.5195722296",
            "2.0,  0.2002310156",
            "-0.5, 4.7700988826",   // RS value; not exact for kappa < 0
    })
    void capacityTable(double kappa, double expected) {
        assertEquals(expected, SphericalCapacity.alphaC(kappa), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.5, 0.0, 0.5, 1.0, 2.0})
    void closedFormMatchesTheDefiningIntegral(double kappa) {
        // 1/alpha = int_{-kappa}^inf Dt (t + kappa)^2, by a plain trapezoid rule with step 1e-4
        int n = 200_000;
        double step = (12 + kappa) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double t = -kappa + i * step;
            double w = (i == 0 || i == n) ? 0.5 : 1;
            sum += w * Gaussian.g(t) * (t + kappa) * (t + kappa);
        }
        assertEquals(1 / (sum * step), SphericalCapacity.alphaC(kappa), 1e-7);
    }

    @ParameterizedTest(name = "kappa = {0}, 1-q = {1}")
    @CsvSource({"0.0, 1e-3", "0.0, 1e-6", "0.5, 1e-5", "-0.5, 1e-7", "2.0, 1e-4"})
    void theSinhMappedRuleAgreesWithTheUniformRuleWhereBothAreCheap(double kappa, double oneMinusQ) {
        double q = 1 - oneMinusQ;
        java.util.function.DoubleUnaryOperator r2 = u -> Math.pow(Gaussian.gOverH(u), 2) * oneMinusQ;
        // both trapezoid rules are exact to ~1e-13 on these analytic integrands (GardnerVolume's class comment)
        assertEquals(GardnerVolume.uniform(q, kappa, r2), GardnerVolume.sinhMapped(q, kappa, r2), 1e-12);
        assertEquals(GardnerVolume.uniform(q, kappa, Gaussian::lnH),
                GardnerVolume.sinhMapped(q, kappa, Gaussian::lnH), 1e-12 / oneMinusQ);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 2.0})
    void atOneMinusQOf1e14TheScaledIntegralIsTheCapacityLimit(double kappa) {
        // (1-q) I(q) -> 1/alpha_sph(kappa) with a correction O(1-q) (THEORY.md section 1): the sinh-mapped rule
        // reaches it where the uniform rule would need 5e8 nodes
        assertEquals(1 / SphericalCapacity.alphaC(kappa), GardnerVolume.scaledOverlapIntegral(1 - 1e-14, kappa), 1e-11);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 0.0, 0.5, 1.0, 2.0})
    void saddleDivergesAtTheCapacity(double kappa) {
        double alphaC = SphericalCapacity.alphaC(kappa);
        // the load at which q solves the saddle point tends to alpha_sph as q -> 1, with a correction O(1-q)
        assertEquals(alphaC, SphericalPerceptron.alphaAtOverlap(1 - 1e-8, kappa), 1e-7 * alphaC);
        assertTrue(Math.abs(SphericalPerceptron.alphaAtOverlap(1 - 1e-4, kappa) - alphaC) > 1e-6,
                "the limit is approached, not already reached at q = 1 - 1e-4");
        // just below the capacity q is close to 1; at and above it the volume is empty
        SphericalPoint near = solver.solve(alphaC * (1 - 1e-5), kappa);
        assertTrue(near.converged() && near.q() > 0.9999, near.toString());
        assertEquals(SphericalPoint.Status.BEYOND_CAPACITY, solver.solve(alphaC * (1 + 1e-9), kappa).status());
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.0", "1.0, 0.0", "1.9, 0.0", "0.3, 1.0", "3.0, -0.5"})
    void entropyIsStationaryAtTheSaddle(double alpha, double kappa) {
        SphericalPoint p = solver.solve(alpha, kappa);
        assertTrue(p.converged(), p.toString());
        double e = 1e-6 * (1 - p.q());
        double slope = (GardnerVolume.entropy(alpha, kappa, p.q() + e) - GardnerVolume.entropy(alpha, kappa, p.q() - e)) / (2 * e);
        double scale = 1 / (1 - p.q()) / (1 - p.q()); // d phi/dq is a difference of terms of this size
        assertEquals(0, slope / scale, 1e-7);
        assertEquals(p.entropy(), GardnerVolume.entropy(alpha, kappa, p.q()), 0);
    }

    @Test
    void smallLoadEntropyIsAnnealed() {
        // phi ~ alpha ln H(kappa) + O(alpha^2) as alpha -> 0
        for (double kappa : new double[] {0.0, 1.0}) {
            double alpha = 1e-4;
            assertEquals(alpha * Gaussian.lnH(kappa), solver.solve(alpha, kappa).entropy(), 1e-3 * alpha);
        }
    }

    @Test
    void overlapGrowsWithLoad() {
        double previous = 0;
        for (double alpha = 0.1; alpha < 2; alpha += 0.1) {
            double q = solver.solve(alpha, 0).q();
            assertTrue(q > previous, "q(" + alpha + ") = " + q);
            previous = q;
        }
    }

    @Test
    void replicaSymmetryIsFlaggedInexactForNegativeMargin() {
        assertTrue(SphericalCapacity.of(0).rsExact());
        assertTrue(solver.solve(1.0, 0.5).rsExact());
        assertFalse(SphericalCapacity.of(-0.1).rsExact());
        assertFalse(solver.solve(1.0, -0.5).rsExact());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> solver.solve(0, 0));
        assertThrows(IllegalArgumentException.class, () -> solver.solve(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> solver.solve(1, Double.NaN));
    }
}
