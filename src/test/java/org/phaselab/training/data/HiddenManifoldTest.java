package org.phaselab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phaselab.training.net.Architecture;

class HiddenManifoldTest {
    private static Problem draw(int n, double alpha, int testSize, int d, long seed) {
        return HiddenManifold.generate(new DataSpec(n, alpha, DataSpec.InputKind.BINARY, null, testSize, seed), d);
    }

    private static byte[] row(DataSet s, int mu) {
        return ((BinaryPatterns) s.inputs()).row(mu).clone();
    }

    @Test
    void sameSeedSameProblemOtherSeedOtherProblem() {
        Problem a = draw(64, 0.5, 10, 8, 7);
        Problem b = draw(64, 0.5, 10, 8, 7);
        Problem c = draw(64, 0.5, 10, 8, 8);
        assertEquals(32, a.train().size());
        assertEquals(10, a.test().size());
        assertNull(a.teacher(), "the teacher lives in latent space, not on the inputs");
        for (int mu = 0; mu < 32; mu++) {
            assertArrayEquals(row(a.train(), mu), row(b.train(), mu));
        }
        assertArrayEquals(a.train().labels(), b.train().labels());
        boolean differs = false;
        for (int mu = 0; mu < 32; mu++) {
            differs |= !java.util.Arrays.equals(row(a.train(), mu), row(c.train(), mu));
        }
        assertTrue(differs);
    }

    @Test
    void oneLatentDimensionGivesOneInputDirectionTimesTheLabel() {
        // D = 1: x = sign(F c) = sign(c) sign(F) and y = sign(t c), so y x is the same vector for every pattern,
        // in training and test sets alike (they share F and the teacher)
        Problem p = draw(50, 2.0, 40, 1, 3);
        byte[] first = times(row(p.train(), 0), p.train().labels()[0]);
        for (DataSet s : new DataSet[]{p.train(), p.test()}) {
            for (int mu = 0; mu < s.size(); mu++) {
                assertArrayEquals(first, times(row(s, mu), s.labels()[mu]), "pattern " + mu);
            }
        }
    }

    @Test
    void labelsFollowTheHiddenTeacherThroughTheFeatures() {
        // many patterns per latent dimension: a Hebbian student on the features generalizes far better than chance,
        // which random labels would not allow; labels and features are balanced
        Problem p = draw(200, 10.0, 2000, 10, 5);
        double[] hebb = new double[200];
        for (int mu = 0; mu < p.train().size(); mu++) {
            p.train().inputs().addScaled(mu, p.train().labels()[mu], hebb);
        }
        int errors = 0;
        int plus = 0;
        long inputSum = 0;
        for (int mu = 0; mu < p.test().size(); mu++) {
            double h = 0;
            for (int i = 0; i < 200; i++) {
                h += hebb[i] * p.test().inputs().entry(mu, i);
                inputSum += (long) p.test().inputs().entry(mu, i);
            }
            errors += (h >= 0 ? 1 : -1) != p.test().labels()[mu] ? 1 : 0;
            plus += p.test().labels()[mu] > 0 ? 1 : 0;
        }
        assertTrue(errors / 2000.0 < 0.3, "Hebbian test error " + errors / 2000.0);
        assertEquals(0.5, plus / 2000.0, 0.05);
        assertEquals(0.0, inputSum / (2000.0 * 200), 0.05);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> draw(10, 1.0, 0, 0, 1));
        DataSpec gaussian = new DataSpec(10, 1.0, DataSpec.InputKind.GAUSSIAN, null, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> HiddenManifold.generate(gaussian, 3));
        DataSpec teacher = DataSpec.teacher(Architecture.perceptron(10), 1.0, 5, 1);
        assertThrows(IllegalArgumentException.class, () -> HiddenManifold.generate(teacher, 3));
    }

    private static byte[] times(byte[] x, byte y) {
        byte[] out = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (byte) (x[i] * y);
        }
        return out;
    }
}
