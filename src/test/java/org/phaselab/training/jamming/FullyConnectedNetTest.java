package org.phaselab.training.jamming;

import org.phaselab.training.Activation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class FullyConnectedNetTest {
    private static final double STEP = 1e-6;

    /** A small net at its random initialisation: most constraints violated, so the loss is smooth around it. */
    private static double[] weights(NetworkShape shape) {
        return shape.initialWeights(7);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void gradientMatchesCentralDifferencesToRelative1e6(Activation act) {
        NetworkShape shape = new NetworkShape(5, 2, 4, act);
        RandomData data = RandomData.generate(12, 5, 3);
        FullyConnectedNet net = new FullyConnectedNet(shape);
        Workspace ws = new Workspace(shape);
        double[] w = weights(shape);
        double[] grad = new double[w.length];
        net.lossAndGradient(w, data, grad, ws);
        double[] scratch = new double[w.length];
        double worst = 0;
        double norm = 0;
        for (int k = 0; k < w.length; k++) {
            double[] wp = w.clone();
            double[] wm = w.clone();
            wp[k] += STEP;
            wm[k] -= STEP;
            double fd = (net.lossAndGradient(wp, data, scratch, ws) - net.lossAndGradient(wm, data, scratch, ws)) / (2 * STEP);
            worst = Math.max(worst, Math.abs(fd - grad[k]));
            norm = Math.max(norm, Math.abs(grad[k]));
        }
        assertTrue(norm > 1e-3, "gradient should not vanish at initialisation");
        assertTrue(worst < 1e-6 * Math.max(1, norm), "worst |fd - analytic| = " + worst);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void hessianIsSymmetricAndMatchesDifferencesOfTheGradient(Activation act) {
        NetworkShape shape = new NetworkShape(4, 2, 3, act);
        RandomData data = RandomData.generate(10, 4, 5);
        FullyConnectedNet net = new FullyConnectedNet(shape);
        LossHessian hessian = new LossHessian(net);
        double[] w = weights(shape);
        int n = shape.parameterCount();
        // raw columns H e_k, before symmetrisation: exact analytic products should already be symmetric
        double[] raw = new double[n * n];
        double[] e = new double[n];
        double[] col = new double[n];
        Workspace ws = new Workspace(shape);
        for (int k = 0; k < n; k++) {
            e[k] = 1;
            hessian.multiply(w, data, e, col, ws);
            e[k] = 0;
            for (int i = 0; i < n; i++) {
                raw[i * n + k] = col[i];
            }
        }
        double scale = 0;
        for (double x : raw) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                assertEquals(raw[i * n + k], raw[k * n + i], 1e-12 * scale, "asymmetry at " + i + "," + k);
            }
        }
        // central differences of the analytic gradient, column by column
        double[] gp = new double[n];
        double[] gm = new double[n];
        double worst = 0;
        for (int k = 0; k < n; k++) {
            double[] wp = w.clone();
            double[] wm = w.clone();
            wp[k] += STEP;
            wm[k] -= STEP;
            net.lossAndGradient(wp, data, gp, ws);
            net.lossAndGradient(wm, data, gm, ws);
            for (int i = 0; i < n; i++) {
                worst = Math.max(worst, Math.abs((gp[i] - gm[i]) / (2 * STEP) - raw[i * n + k]));
            }
        }
        assertTrue(scale > 1e-3, "Hessian should not vanish");
        assertTrue(worst < 1e-5 * scale, "worst |fd - R-op| = " + worst + " (scale " + scale + ")");
    }

    @Test
    void weightCountIsDhPlusHiddenSquaresPlusH() {
        assertEquals(10 * 7 + 7 * 7 + 7, new NetworkShape(10, 2, 7, Activation.RELU).parameterCount());
        assertEquals(30 * 5 + 5, new NetworkShape(30, 1, 5, Activation.TANH).parameterCount());
    }

    @Test
    void dataHaveNormSqrtDAndBalancedLabels() {
        RandomData data = RandomData.generate(400, 9, 11);
        int positive = 0;
        for (int mu = 0; mu < data.p(); mu++) {
            double n2 = 0;
            for (int i = 0; i < data.d(); i++) {
                n2 += data.x(mu, i) * data.x(mu, i);
            }
            assertEquals(9.0, n2, 1e-12);
            positive += data.labels()[mu] > 0 ? 1 : 0;
        }
        assertEquals(200, positive, 40, "labels are fair coin flips (4 sigma)");
    }
}
