package org.phaselab.training.data;

import java.util.SplittableRandom;

/** Standard normal deviates from a seeded {@link SplittableRandom} (Marsaglia polar method). */
public final class Gaussian {
    private Gaussian() {}

    public static double next(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
