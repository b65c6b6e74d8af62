package org.phaselab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subset-sum products equal the plain sums over the +-1 entries, both ways, at sizes around word edges. */
class PatternProductsTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "7, 9", "64, 64", "65, 63", "130, 200", "1001, 701"})
    void productsEqualPlainSums(int n, int p) {
        SplittableRandom rng = new SplittableRandom(n * 1000L + p);
        BinaryPatterns xi = BinaryPatterns.random(p, n, rng);
        PatternProducts products = new PatternProducts(xi);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2 * rng.nextDouble() - 1);
        }
        float[] c = new float[p];
        for (int mu = 0; mu < p; mu++) {
            c[mu] = (float) rng.nextGaussian();
        }
        float[] rowTable = new float[PatternProducts.tableSize(n)];
        float[] columnTable = new float[PatternProducts.tableSize(p)];
        double[] forward = new double[p];
        double[] backward = new double[n];
        products.times(rowTable, PatternProducts.table(x, rowTable), forward, 0, p);
        products.transposeTimes(columnTable, PatternProducts.table(c, columnTable), backward, 0, n);
        for (int mu = 0; mu < p; mu++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += xi.entry(mu, i) * x[i];
            }
            assertEquals(s, forward[mu], 1e-4 * Math.sqrt(n), "pattern " + mu);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int mu = 0; mu < p; mu++) {
                s += xi.entry(mu, i) * c[mu];
            }
            assertEquals(s, backward[i], 1e-4 * Math.sqrt(p), "weight " + i);
        }
        double[] split = new double[p];
        int half = p / 2 + 3 < p ? p / 2 + 3 : p;
        products.times(rowTable, PatternProducts.table(x, rowTable), split, 0, half);
        products.times(rowTable, PatternProducts.table(x, rowTable), split, half, p);
        assertArrayEquals(forward, split, "a range split off the tiles gives the same products, bit for bit");
    }
}
