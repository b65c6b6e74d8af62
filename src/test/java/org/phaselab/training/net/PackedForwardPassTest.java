package org.phaselab.training.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.training.data.BinaryPatterns;
import org.phaselab.training.data.DataSet;
import org.phaselab.training.data.Patterns;

class PackedForwardPassTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 63, 64, 65, 127, 128, 129, 1001})
    void packedFieldEqualsNaiveDotProduct(int n) {
        SplittableRandom rng = new SplittableRandom(n);
        BinaryPatterns x = BinaryPatterns.random(50, n, rng);
        BinaryWeights w = BinaryWeights.random(n, rng);
        for (int mu = 0; mu < 50; mu++) {
            assertEquals(naive(x, mu, w), x.intField(mu, w), "pattern " + mu);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 65, 1001})
    void fieldStaysExactAfterWeightFlips(int n) {
        SplittableRandom rng = new SplittableRandom(7);
        BinaryPatterns x = BinaryPatterns.random(10, n, rng);
        BinaryWeights w = BinaryWeights.random(n, rng);
        for (int t = 0; t < 200; t++) {
            int i = rng.nextInt(n);
            if (rng.nextBoolean()) {
                w.flip(i);
            } else {
                w.set(i, rng.nextBoolean() ? 1 : -1);
            }
        }
        for (int mu = 0; mu < 10; mu++) {
            assertEquals(naive(x, mu, w), x.intField(mu, w));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 64, 65, 200, 1001})
    void perceptronErrorCountEqualsNaiveCount(int n) {
        SplittableRandom rng = new SplittableRandom(n + 11);
        BinaryPatterns x = BinaryPatterns.random(300, n, rng);
        byte[] labels = new byte[300];
        for (int mu = 0; mu < labels.length; mu++) {
            labels[mu] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        Network net = Network.random(Architecture.perceptron(n), rng);
        int expected = 0;
        for (int mu = 0; mu < labels.length; mu++) {
            expected += (naive(x, mu, net.unit(0)) >= 0 ? 1 : -1) == labels[mu] ? 0 : 1;
        }
        assertEquals(expected, net.errors(Architecture.perceptron(n).bind(new DataSet(x, labels))));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 130})
    void settingAWordFromBitsKeepsSignsAndBitsTogether(int n) {
        SplittableRandom rng = new SplittableRandom(5);
        BinaryWeights w = BinaryWeights.random(n, rng);
        for (int t = 0; t < 50; t++) {
            int j = rng.nextInt(BinaryWeights.words(n));
            int valid = Math.min(64, n - 64 * j);
            long mask = valid == 64 ? -1L : (1L << valid) - 1;
            long word = (t % 2 == 0 ? rng.nextLong() : w.bitsView()[j] ^ (1L << rng.nextInt(valid))) & mask;
            w.setWord(j, word);
            for (int i = 64 * j; i < 64 * j + valid; i++) {
                assertEquals(((word >>> (i - 64 * j)) & 1) == 1 ? 1 : -1, w.get(i), "w_" + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TREE", "FULLY_CONNECTED"})
    void committeeOutputEqualsNaiveVote(String kind) {
        int n = 105;
        int k = 5;
        Architecture a = new Architecture(Architecture.Kind.valueOf(kind), n, k);
        SplittableRandom rng = new SplittableRandom(3);
        Network net = Network.random(a, rng);
        BinaryPatterns x = BinaryPatterns.random(200, n, rng);
        UnitData view = a.bind(new DataSet(x, new byte[200]));
        int m = a.unitInputs();
        for (int mu = 0; mu < 200; mu++) {
            int votes = 0;
            for (int j = 0; j < k; j++) {
                int offset = a.kind() == Architecture.Kind.TREE ? j * m : 0;
                int f = 0;
                for (int i = 0; i < m; i++) {
                    f += net.unit(j).get(i) * (int) x.entry(mu, offset + i);
                }
                votes += f >= 0 ? 1 : -1;
            }
            assertEquals(votes > 0 ? 1 : -1, net.output(view, mu), "pattern " + mu);
        }
    }

    private static int naive(Patterns x, int mu, BinaryWeights w) {
        int f = 0;
        for (int i = 0; i < w.size(); i++) {
            f += (int) x.entry(mu, i) * w.get(i);
        }
        return f;
    }
}
