package org.phaselab.training.deep;

import org.phaselab.training.Activation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackpropTest {
    @org.junit.jupiter.api.Test
    void fastTanhAgreesWithMathTanh() {
        for (double z = -30; z <= 30; z += 1e-3) {
            assertEquals(Math.tanh(z), Activation.TANH.value(z), 4e-16, "z = " + z);
        }
    }

    /** The hand-written gradient matches central differences (step 1e-6, relative tolerance 1e-6). */
    @ParameterizedTest
    @CsvSource({"0, LINEAR", "1, LINEAR", "2, TANH", "3, RELU", "2, LINEAR"})
    void gradientMatchesFiniteDifferences(int depth, Activation activation) {
        RegressionData data = SyntheticRegression.generate(new RegressionSpec(5, 20, 0.2, 3, false));
        DeepNet net = DeepNet.random(5, depth, 4, activation, 1.5, new SplittableRandom(11));
        double gamma = 0.3;
        Backprop backprop = new Backprop(net, data.samples());
        double[][] gradient = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            gradient[l] = new double[net.size(l) * net.size(l + 1)];
        }
        backprop.evaluate(net, data, gamma, gradient);
        double[][] unused = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            unused[l] = new double[gradient[l].length];
        }
        for (int l = 0; l <= depth; l++) {
            for (int k = 0; k < gradient[l].length; k += 3) {
                double[] w = net.layer(l);
                double saved = w[k];
                double h = 1e-6;
                w[k] = saved + h;
                double plus = backprop.evaluate(net, data, gamma, unused);
                w[k] = saved - h;
                double minus = backprop.evaluate(net, data, gamma, unused);
                w[k] = saved;
                double numeric = (plus - minus) / (2 * h);
                assertEquals(numeric, gradient[l][k], 1e-6 * Math.max(1, Math.abs(numeric)), "layer " + l + " entry " + k);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"8, 100, 0.3, 1", "3, 10, 0.0, 2", "20, 40, 1.0, 5"})
    void whiteningGivesUnitMoments(int dimension, int samples, double noise, long seed) {
        RegressionData data = SyntheticRegression.generate(RegressionSpec.whitened(dimension, samples, noise, seed));
        assertEquals(1.0, data.a(), 1e-12);
        assertEquals(1.0, data.c(), 1e-12);
        // E[x x^T] = I entry by entry
        int d = dimension;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int mu = 0; mu < samples; mu++) {
                    s += data.x()[mu * d + i] * data.x()[mu * d + j] / samples;
                }
                assertEquals(i == j ? 1.0 : 0.0, s, 1e-12);
            }
        }
    }
}
