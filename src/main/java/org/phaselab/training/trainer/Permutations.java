package org.phaselab.training.trainer;

import java.util.SplittableRandom;

/** Seeded random orders. */
final class Permutations {
    private Permutations() {}

    /** Fills {@code order} with a uniformly random permutation of 0..n-1 (Fisher-Yates). */
    static void shuffle(int[] order, SplittableRandom rng) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
