package org.phaselab;

import java.util.List;
import java.util.Random;

/**
 * Size and seed of the fuzz tests. Every run draws a small fixed sample (the same cases each time, a few seconds in
 * all); {@code -Dphaselab.fuzz=N} draws N cases per fuzz test instead, and {@code -Dphaselab.fuzz.seed=S} another
 * sample: {@code mvn -B verify -Dtest='*FuzzTest' -Dphaselab.fuzz=2000}.
 */
public final class FuzzSample {
    public static final long SEED = Long.getLong("phaselab.fuzz.seed", 20_261_205L);

    private FuzzSample() {}

    /** The number of cases: {@code phaselab.fuzz} when set, else the small default. */
    public static int cases(int defaultCount) {
        Integer n = Integer.getInteger("phaselab.fuzz");
        return n == null ? defaultCount : Math.max(1, n);
    }

    /** A generator of its own for each test, so one test's cases do not shift when another changes. */
    public static Random random(String test) {
        return new Random(SEED * 31 + test.hashCode());
    }

    public static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
