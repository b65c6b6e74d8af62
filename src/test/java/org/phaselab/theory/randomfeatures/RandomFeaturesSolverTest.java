package org.phaselab.theory.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomFeaturesSolverTest {
    private final RandomFeaturesSolver solver = RandomFeaturesSolver.DEFAULT;

    @Test
    void largeGammaGivesBackStorageEntropy() {
        // THEORY.md section 4: gamma = 1000, alpha = 0.5 gives 0.314417 against the storage value 0.314390
        RandomFeaturesSaddle s = solver.solve(RandomFeaturesModel.sign(0.5, 0.5 / 1000));
        assertTrue(s.converged(), s.failure());
        assertEquals(0.314417, s.entropy(), 2e-6);
        assertEquals(0.5, s.epsTypical(), 1e-3, "random labels in effect: nothing to generalize");
    }

    @ParameterizedTest(name = "k1 = 0, alpha = {0}, kappa = {1}")
    @CsvSource({"0.5, 0.0", "0.3, 0.4", "0.7, 0.1"})
    void noLinearFeatureComponentGivesStorageEntropy(double alpha, double kappa) {
        // k1 -> 0: labels are independent of what the student sees (THEORY.md section 4 check)
        RandomFeaturesSaddle s = solver.solve(new RandomFeaturesModel(alpha, 1.0, kappa, 0.0, 1.0));
        assertTrue(s.converged(), s.failure());
        assertEquals(StorageReference.entropy(alpha, kappa), s.entropy(), 1e-8);
    }

    @Test
    void storageReferenceMatchesLiterature() {
        assertEquals(0.314390, StorageReference.entropy(0.5, 0.0), 1e-6);
    }

    @Test
    void saddleIsStationaryInEveryOrderParameter() {
        RandomFeaturesModel model = new RandomFeaturesModel(0.7, 1.0, 0.2, RandomFeaturesModel.SIGN_K1, RandomFeaturesModel.SIGN_KSTAR);
        RandomFeaturesSaddle s = solver.solve(model);
        assertTrue(s.converged(), s.failure());
        OrderParameters x = s.order();
        double h = 1e-5;
        double[][] steps = {{h, 0, 0, 0, 0}, {0, h, 0, 0, 0}, {0, 0, h, 0, 0}, {0, 0, 0, h, 0}, {0, 0, 0, 0, h}};
        for (double[] d : steps) {
            double up = solver.functional(model, shift(x, d, 1));
            double down = solver.functional(model, shift(x, d, -1));
            assertEquals(0, (up - down) / (2 * h), 1e-6, "gradient along " + java.util.Arrays.toString(d));
        }
        assertEquals(s.entropy(), solver.functional(model, x), 1e-12);
    }

    @Test
    void alphaDerivativeAtFixedGammaIsTheEnergeticTermOverAlpha() {
        // envelope theorem: d phi/d alpha |_gamma = G_E/alpha at the saddle
        RandomFeaturesModel model = RandomFeaturesModel.sign(0.6, 0.8);
        RandomFeaturesSaddle s = solver.solve(model);
        double h = 1e-4;
        double up = solver.solve(model.withAlphaAtFixedGamma(0.6 + h), s.order()).entropy();
        double down = solver.solve(model.withAlphaAtFixedGamma(0.6 - h), s.order()).entropy();
        assertEquals(solver.energeticTerm(model, s.order()) / 0.6, (up - down) / (2 * h), 1e-6);
    }

    @Test
    void teacherInformationRaisesEntropyAndLowersError() {
        RandomFeaturesSaddle few = solver.solve(RandomFeaturesModel.sign(0.6, 0.1));
        RandomFeaturesSaddle many = solver.solve(RandomFeaturesModel.sign(0.6, 2.0));
        assertTrue(many.entropy() > few.entropy());
        assertTrue(many.epsTypical() < few.epsTypical());
        assertTrue(many.epsBayes() < many.epsTypical(), "the ensemble majority beats a typical solution");
    }

    @Test
    void pastTheRsRangeItSaysSoInsteadOfReturningNumbers() {
        RandomFeaturesSaddle s = solver.solve(RandomFeaturesModel.sign(3.0, 0.001));
        assertFalse(s.converged());
        assertTrue(Double.isNaN(s.entropy()));
        assertNotNull(s.failure());
    }

    private static OrderParameters shift(OrderParameters x, double[] d, int sign) {
        return new OrderParameters(x.qw() + sign * d[0], x.qhw() + sign * d[1], x.m() + sign * d[2],
                x.r() + sign * d[3], x.qs() + sign * d[4]);
    }
}
