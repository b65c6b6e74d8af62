package org.phaselab.training.jamming;

import java.util.SplittableRandom;
import org.phaselab.training.data.Gaussian;

/**
 * P random points in d dimensions with random labels: x Gaussian, rescaled to norm sqrt(d), y = +-1
 * with equal probability (Geiger et al. 2019, section "Random data"; THEORY.md section 6).
 *
 * @param p      number of patterns P
 * @param d      input dimension
 * @param inputs row-major P x d (pattern mu occupies [mu d, (mu+1) d))
 * @param labels P labels, each +1 or -1
 */
public record RandomData(int p, int d, double[] inputs, double[] labels) {
    public RandomData {
        if (p < 1 || d < 1 || inputs.length != (long) p * d || labels.length != p) {
            throw new IllegalArgumentException("need p, d >= 1 and arrays of sizes p*d and p");
        }
        inputs = inputs.clone();
        labels = labels.clone();
    }

    /** Draws a data set; the same (p, d, seed) always gives the same points. */
    public static RandomData generate(int p, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[p * d];
        double[] y = new double[p];
        for (int mu = 0; mu < p; mu++) {
            double norm2 = 0;
            for (int i = 0; i < d; i++) {
                double g = Gaussian.next(rng);
                x[mu * d + i] = g;
                norm2 += g * g;
            }
            double scale = Math.sqrt(d / norm2);
            for (int i = 0; i < d; i++) {
                x[mu * d + i] *= scale;
            }
            y[mu] = rng.nextBoolean() ? 1.0 : -1.0;
        }
        return new RandomData(p, d, x, y);
    }

    /** Read-only access without copying, for the kernels. */
    double x(int mu, int i) {
        return inputs[mu * d + i];
    }
}
