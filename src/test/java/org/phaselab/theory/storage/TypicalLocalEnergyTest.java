package org.phaselab.theory.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussianQuadrature;

class TypicalLocalEnergyTest {

    @ParameterizedTest
    @CsvSource({"0.005, 0.059", "0.01, 0.083", "0.02, 0.114", "0.05, 0.174"})
    void typicalSolutionsAtAlphaSixTenthsMatchTheTable(double p, double expected) {
        // THEORY.md section 7: RS typical solutions at alpha = 0.6, to ~1e-3
        assertEquals(expected, TypicalLocalEnergy.typical(0.6, p), 1e-3);
    }

    @ParameterizedTest
    @CsvSource({"0.01, 0.064", "0.05, 0.144"})
    void plantedTeacherIsTheAngleOfTheFlip(double p, double expected) {
        assertEquals(expected, TypicalLocalEnergy.plantedTeacher(p), 1e-3);
    }

    @Test
    void agreesWithADirectIntegralOverTheStabilityDistribution() {
        // E(p) = int_0^inf dl rho(l) H(c l), rho from THEORY.md section 7, by plain trapezoids
        double alpha = 0.4;
        double p = 0.02;
        double q = new BinaryStorage().solve(alpha, 0).q();
        double sq = Math.sqrt(q);
        double s1 = Math.sqrt(1 - q);
        double c = (1 - 2 * p) / (2 * Math.sqrt(p * (1 - p)));
        GaussianQuadrature z = new GaussianQuadrature(10, 0.01);
        double sum = 0;
        double step = 1e-3;
        for (double l = step / 2; l < 12; l += step) {
            double ll = l;
            double rho = z.integrate(t -> Gaussian.g((ll - sq * t) / s1) / (s1 * Gaussian.h(-sq * t / s1)));
            sum += step * rho * Gaussian.h(c * l);
        }
        assertEquals(sum, TypicalLocalEnergy.typical(alpha, p), 2e-6);
        assertTrue(TypicalLocalEnergy.typical(alpha, p) < TypicalLocalEnergy.typical(0.6, p), "denser load, sharper minima");
        assertThrows(IllegalArgumentException.class, () -> TypicalLocalEnergy.typical(0.6, 0.5));
    }
}
