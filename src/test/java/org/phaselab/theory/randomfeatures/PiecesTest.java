package org.phaselab.theory.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.theory.numerics.GaussianQuadrature;

class PiecesTest {
    private static final GaussianQuadrature VERY_FINE = new GaussianQuadrature(10, 2e-4);

    @ParameterizedTest(name = "qh = {0}")
    @ValueSource(doubles = {0.5, 4, 100, 1e4})
    void weightOverlapAndEntropyMatchAVeryFineDirectRule(double qh) {
        double s = Math.sqrt(qh);
        double q = VERY_FINE.integrate(z -> Math.pow(Math.tanh(s * z), 2));
        double lnCosh = VERY_FINE.integrate(z -> WeightEntropy.lnTwoCosh(s * z));
        assertEquals(q, WeightEntropy.overlap(qh, GaussianQuadrature.STANDARD), 1e-9);
        assertEquals(-qh * (1 - 0.7) / 2 + lnCosh, WeightEntropy.value(0.7, qh, GaussianQuadrature.STANDARD), 1e-9 * Math.max(1, qh));
    }

    @Test
    void latentEntropyVanishesAtTheFreePointAndItsStationaryPointIsFreeWithoutFields() {
        assertEquals(0, ProjectionEntropy.value(0, 1, 0.37, 0.37), 1e-15);
        ProjectionEntropy.Stationary s = ProjectionEntropy.stationary(0.37, 2.0, 0, 0, 0);
        assertEquals(0, s.m(), 1e-15);
        assertEquals(1, s.r(), 1e-14);
        assertEquals(0.37, s.qs(), 1e-14);
        assertEquals(0, s.gammaDPhiDqw(), 1e-15);
    }

    @Test
    void modelRejectsMeaninglessParameters() {
        assertThrows(IllegalArgumentException.class, () -> RandomFeaturesModel.sign(0, 1));
        assertThrows(IllegalArgumentException.class, () -> RandomFeaturesModel.sign(0.5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new RandomFeaturesModel(0.5, 1, -0.1, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new RandomFeaturesModel(0.5, 1, 0, 0.5, 0));
        assertEquals(2.0, RandomFeaturesModel.sign(1.0, 0.5).gamma(), 0);
    }
}
