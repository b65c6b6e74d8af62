package org.phaselab.theory.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatentEntropyFPTest {
    private static final FpReference REFERENCE = new FpReference(RandomFeaturesModel.sign(0.6, 1),
            new OrderParameters(0.45, 1.3, 0.35, 0.9, 0.5));

    /** With a storage-like reference (r~ = 1, q~s = q~w, m~ = 0) the latent term vanishes at its free point. */
    @Test
    void vanishesAtTheFreePoint() {
        FpReference free = new FpReference(RandomFeaturesModel.sign(0.6, 1), new OrderParameters(0.45, 1.3, 0, 1, 0.45));
        double q1 = 0.7, p = 0.4, s = 0.8;
        assertEquals(0, LatentEntropyFP.value(free, new double[] {q1, p, s, 1, q1, s, p, 0}), 1e-14);
    }

    /** The complex-step gradient equals fourth-order central differences. */
    @Test
    void complexStepGradientMatchesDifferences() {
        double[] x = {0.7, 0.4, 0.8, 0.95, 0.62, 0.71, 0.41, 0.3};
        double[] g = LatentEntropyFP.gradient(REFERENCE, x);
        for (int k = 0; k < x.length; k++) {
            double h = 1e-3;
            double[] y = x.clone();
            double[] f = new double[4];
            double[] steps = {-2, -1, 1, 2};
            for (int j = 0; j < 4; j++) {
                y[k] = x[k] + steps[j] * h;
                f[j] = LatentEntropyFP.value(REFERENCE, y);
            }
            double fd = (f[0] - 8 * f[1] + 8 * f[2] - f[3]) / (12 * h);
            assertEquals(fd, g[k], 1e-7 * Math.max(1, Math.abs(fd)), "component " + k);
        }
    }
}
