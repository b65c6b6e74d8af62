package org.phaselab.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GaussianTest {

    /** erfc reference values (Abramowitz & Stegun table 7.1; computed to 16+ digits). */
    @ParameterizedTest
    @CsvSource({
            "0.0, 1.0",
            "0.5, 0.4795001221869534623",
            "1.0, 0.1572992070502851307",
            "2.0, 0.004677734981047265838",
            "3.0, 2.209049699858544137e-5",
            "5.0, 1.537459794428034850e-12",
            "10.0, 2.088487583762544757e-45",
    })
    void erfcMatchesReferenceToRelative1e12(double x, double erfc) {
        double h = Gaussian.h(x * Math.sqrt(2));
        assertEquals(erfc / 2, h, 1e-12 * erfc);
    }

    @Test
    void tableAgreesWithDirectEvaluationEverywhere() {
        double worst = 0;
        for (double x = 0; x < 12; x += 0.0007317) {
            double rel = Math.abs(Erfcx.value(x) / Erfcx.accurate(x) - 1);
            worst = Math.max(worst, rel);
        }
        assertTrue(worst < 1e-12, "worst relative error " + worst);
    }

    @Test
    void tailsAreStableFarOut() {
        // ln H(x) = -x^2/2 - ln(x sqrt(2 pi)) + ln(1 - a + 3a^2 - 15a^3 ...), a = 1/x^2 (A&S 26.2.12)
        for (double x : new double[]{8, 20, 40, 100}) {
            double a = 1 / (x * x);
            double asym = -x * x / 2 - Math.log(x * Math.sqrt(2 * Math.PI)) - a + 2.5 * a * a - 37.0 / 3 * a * a * a;
            assertEquals(asym, Gaussian.lnH(x), 100 * Math.pow(a, 4) + 1e-14 * Math.abs(asym));
            // G/H(x) = x + 1/x - 2/x^3 + ...
            assertEquals(x + 1 / x - 2 / Math.pow(x, 3), Gaussian.gOverH(x), 11 / Math.pow(x, 5));
        }
        assertEquals(0.0, Gaussian.lnH(-40), 1e-300);
        assertTrue(Gaussian.gOverH(-40) >= 0 && Gaussian.gOverH(-40) < 1e-300);
        assertEquals(Gaussian.g(-5) / (1 - Gaussian.h(5)), Gaussian.gOverH(-5), 1e-20);
    }

    @Test
    void notANumberGivesNotANumberInsteadOfEndlessRecursion() {
        // SolverFuzzTest found H(NaN) recursing until the stack overflowed (NaN is neither >= 0 nor < 0)
        assertTrue(Double.isNaN(Gaussian.h(Double.NaN)));
        assertTrue(Double.isNaN(Gaussian.lnH(Double.NaN)));
        assertTrue(Double.isNaN(Gaussian.gOverH(Double.NaN)));
    }

    @Test
    void symmetryAndDerivative() {
        for (double x = -9; x <= 9; x += 0.37) {
            assertEquals(1.0, Gaussian.h(x) + Gaussian.h(-x), 1e-15);
            // d/dx ln H = -G/H, checked by a central difference
            double e = 1e-5;
            double numeric = (Gaussian.lnH(x + e) - Gaussian.lnH(x - e)) / (2 * e);
            assertEquals(-Gaussian.gOverH(x), numeric, 1e-7 * (1 + Math.abs(x)));
        }
    }

    @Test
    void binaryEntropyEndsAndMiddle() {
        assertEquals(Math.log(2), Gaussian.binaryEntropy(0.5), 1e-15);
        assertEquals(0.0, Gaussian.binaryEntropy(0.0));
        assertEquals(0.1 * Math.log(10) + 0.9 * Math.log(10.0 / 9), Gaussian.binaryEntropy(0.1), 1e-15);
    }
}
