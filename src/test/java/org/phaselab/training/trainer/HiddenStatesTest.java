package org.phaselab.training.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.training.data.BinaryPatterns;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.BinaryWeights;

/** The bit-sliced hidden states follow the plain integer rules of PNAS 2007 exactly, step for step. */
class HiddenStatesTest {

    /** The rules on plain odd integers: the definition the bit-sliced states must reproduce. */
    private static final class PlainStates {
        final int[] h;
        final int bound;

        PlainStates(int[] h, int bound) {
            this.h = h.clone();
            this.bound = bound;
        }

        void move(int i, int step) {
            int v = h[i] + step;
            if (v >= -bound && v <= bound) {
                h[i] = v;
            }
        }

        void push(byte[] xi, int y) {
            for (int i = 0; i < h.length; i++) {
                move(i, 2 * y * xi[i]);
            }
        }

        void pushAligned(byte[] xi, int y) {
            for (int i = 0; i < h.length; i++) {
                if (y * xi[i] * h[i] >= 1) {
                    move(i, 2 * y * xi[i]);
                }
            }
        }

        void reinforce() {
            for (int i = 0; i < h.length; i++) {
                move(i, h[i] > 0 ? 2 : -2);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "63, 3", "64, 7", "65, 9", "200, 37", "1001, 83"})
    void bitSlicedStatesEqualThePlainRulesAfterManyRandomSteps(int n, int bound) {
        SplittableRandom rng = new SplittableRandom(n * 31L + bound);
        BinaryPatterns xi = BinaryPatterns.random(50, n, rng);
        HiddenStates sliced = new HiddenStates(Architecture.perceptron(n), bound);
        sliced.randomize(new SplittableRandom(7));
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = sliced.state(0, i);
        }
        PlainStates plain = new PlainStates(start, bound);
        for (int t = 0; t < 3000; t++) {
            int mu = rng.nextInt(50);
            int y = rng.nextBoolean() ? 1 : -1;
            double r = rng.nextDouble();
            if (r < 0.6) {
                sliced.push(0, xi, mu, y);
                plain.push(xi.row(mu), y);
            } else if (r < 0.9) {
                sliced.pushAligned(0, xi, mu, y);
                plain.pushAligned(xi.row(mu), y);
            } else {
                sliced.reinforce(0);
                plain.reinforce();
            }
        }
        BinaryWeights w = sliced.network().unit(0);
        for (int i = 0; i < n; i++) {
            assertEquals(plain.h[i], sliced.state(0, i), "h_" + i);
            assertEquals(plain.h[i] > 0 ? 1 : -1, w.get(i), "sign of w_" + i);
        }
        int[] signs = new int[n];
        for (int i = 0; i < n; i++) {
            signs[i] = plain.h[i] > 0 ? 1 : -1;
        }
        assertEquals(0, BinaryWeights.ofSigns(signs).dot(w) - n, "packed bits agree with the signs");
    }
}
