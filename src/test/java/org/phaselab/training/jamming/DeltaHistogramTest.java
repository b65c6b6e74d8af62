package org.phaselab.training.jamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeltaHistogramTest {
    @Test
    void densitiesIntegrateToTheFractionOfPatternsOnEachSide() {
        double[] deltas = new double[1000];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(4);
        for (int i = 0; i < deltas.length; i++) {
            double a = Math.exp(Math.log(1e-3) + rng.nextDouble() * Math.log(1e3)); // log-uniform in [1e-3, 1)
            deltas[i] = i % 4 == 0 ? a : -a; // a quarter violated
        }
        DeltaHistogram h = DeltaHistogram.of(deltas, 1e-3, 1, 12);
        double pos = 0;
        double neg = 0;
        double ratio = Math.pow(1e3, 1.0 / 12);
        for (int k = 0; k < 12; k++) {
            double width = h.centres()[k] * (Math.sqrt(ratio) - 1 / Math.sqrt(ratio));
            pos += Double.isNaN(h.positive()[k]) ? 0 : h.positive()[k] * width;
            neg += Double.isNaN(h.negative()[k]) ? 0 : h.negative()[k] * width;
        }
        assertEquals(0.25, pos, 1e-12);
        assertEquals(0.75, neg, 1e-12);
        // log-uniform |Delta| has density ~ 1/|Delta|: each decade of bins falls by 10
        assertTrue(h.negative()[0] > 5 * h.negative()[4]);
    }

    @Test
    void emptyBinsAreGapsNotZeros() {
        DeltaHistogram h = DeltaHistogram.of(new double[] {0.5}, 1e-3, 1, 6);
        assertTrue(Double.isNaN(h.positive()[0]));
        assertTrue(Double.isNaN(h.negative()[5]));
        assertTrue(h.positive()[5] > 0);
    }
}
