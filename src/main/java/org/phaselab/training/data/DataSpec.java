package org.phaselab.training.data;

import org.phaselab.training.net.Architecture;

/**
 * What to draw: P = round(alpha N) training patterns of dimension N with {@code inputs} entries;
 * labels random ({@code teacher == null}, the storage problem) or from a random binary teacher of the
 * given architecture; {@code testSize} fresh patterns from the same teacher (ignored for storage).
 */
public record DataSpec(int n, double alpha, InputKind inputs, Architecture teacher, int testSize, long seed) {
    public enum InputKind { BINARY, GAUSSIAN }

    public DataSpec {
        if (n < 1) {
            throw new IllegalArgumentException("N must be >= 1, got " + n);
        }
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
        }
        if (Math.round(alpha * n) < 1) {
            throw new IllegalArgumentException("alpha N = " + alpha * n + " gives no pattern");
        }
        if (teacher != null && teacher.n() != n) {
            throw new IllegalArgumentException("teacher N = " + teacher.n() + " differs from N = " + n);
        }
        if (testSize < 0) {
            throw new IllegalArgumentException("test size must be >= 0, got " + testSize);
        }
    }

    public static DataSpec storage(int n, double alpha, long seed) {
        return new DataSpec(n, alpha, InputKind.BINARY, null, 0, seed);
    }

    public static DataSpec teacher(Architecture teacher, double alpha, int testSize, long seed) {
        return new DataSpec(teacher.n(), alpha, InputKind.BINARY, teacher, testSize, seed);
    }

    public int trainSize() {
        return (int) Math.round(alpha * n);
    }

    public boolean storage() {
        return teacher == null;
    }

    /**
     * Heap the patterns of this spec take, in bytes: each +-1 entry once as a sign byte and twice as a bit (row-major,
     * and column-major for fBP), test set included; Gaussian entries as doubles. For a check before drawing.
     */
    public long patternBytes() {
        long entries = (long) n * (trainSize() + testSize);
        return inputs == InputKind.BINARY ? entries + entries / 4 : 8 * entries;
    }

    /** Throws IllegalArgumentException with a one-line reason when the patterns would take more than half the heap. */
    public void requireHeap() {
        long limit = Runtime.getRuntime().maxMemory() / 2;
        if (patternBytes() > limit) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "N = %d with alpha = %s needs about %d MB for the patterns, more than half of the %d MB heap (raise -Xmx)",
                    n, alpha, patternBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20));
        }
    }
}
