package org.phaselab.theory.numerics;

import java.util.Arrays;

/**
 * Panel breakpoints on [lo, hi] graded around a point where the integrand changes on a small scale: a panel at
 * distance t from the centre has width min(maxWidth, max(width, t/2)), so a feature of size {@code width} is
 * resolved and the far field is covered in geometrically growing panels. For composite Gauss-Legendre rules.
 */
public final class GradedPanels {
    private GradedPanels() {}

    /** Increasing breakpoints from lo to hi (at least two when lo &lt; hi). */
    public static double[] breaks(double lo, double hi, double center, double width, double maxWidth) {
        if (!(hi > lo)) {
            return new double[0];
        }
        // a vanishing or undefined feature size would never end the walk
        width = width > 1e-9 * maxWidth ? width : 1e-9 * maxWidth;
        center = Double.isNaN(center) ? lo : center;
        double[] left = walk(center, width, maxWidth, lo, hi, -1);
        double[] right = walk(center, width, maxWidth, lo, hi, +1);
        int nl = left.length;
        int nr = right.length;
        double[] all = new double[Math.max(0, nl - 1) + nr + (nr == 0 ? 1 : 0)];
        int n = 0;
        for (int i = nl - 1; i > 0; i--) {
            all[n++] = left[i];
        }
        if (nr == 0) {
            all[n++] = left[0];
        } else {
            for (double b : right) {
                all[n++] = b;
            }
        }
        return all;
    }

    /** Caller-owned breakpoints, reused from one call to the next (hot loops allocate nothing). */
    public static final class Buffer {
        private double[] at = new double[64];
        private int count;

        public int count() {
            return count;
        }

        public double at(int i) {
            return at[i];
        }

        private void add(double x) {
            if (count == at.length) {
                at = Arrays.copyOf(at, 2 * count);
            }
            at[count++] = x;
        }
    }

    /**
     * Breakpoints on [lo, hi] into {@code out}, graded around a kink (feature size {@code kinkWidth}) and from the left
     * end (feature size {@code edgeWidth}, e.g. an integrand decaying like exp(-x/edgeWidth) there), in panels of at
     * most {@code maxWidth}. A panel ends at most a third of its start's distance closer to the kink, is at most half
     * its distance from the kink when beyond it, and at most half its distance from lo; so every panel is at most
     * half as wide as its distance from either feature, and the walk takes O(log(range/width)) panels.
     */
    public static void gradedFromEdge(double lo, double hi, double kink, double kinkWidth, double edgeWidth,
                                      double maxWidth, Buffer out) {
        out.count = 0;
        if (!(hi > lo)) {
            return;
        }
        double floor = 1e-9 * maxWidth;
        kinkWidth = Math.max(kinkWidth, floor);
        edgeWidth = Math.max(edgeWidth, floor);
        double x = lo;
        out.add(x);
        while (x < hi) {
            double w = Math.min(maxWidth, Math.max(edgeWidth, 0.5 * (x - lo)));
            if (!Double.isNaN(kink)) {
                w = Math.min(w, Math.max(kinkWidth, x < kink ? (kink - x) / 3 : 0.5 * (x - kink)));
            }
            x = hi - x <= w * (1 + 1e-3) ? hi : x + w;
            out.add(x);
        }
    }

    /** Breakpoints from the centre (clipped into [lo, hi]) outward in direction dir. */
    static double[] walk(double center, double width, double maxWidth, double lo, double hi, int dir) {
        double end = dir < 0 ? lo : hi;
        double x = Math.max(lo, Math.min(hi, center));
        if ((end - x) * dir <= 0) {
            return new double[] {x};
        }
        double[] b = new double[16];
        int n = 0;
        b[n++] = x;
        while ((end - x) * dir > 0) {
            // positions, not distances from a possibly huge centre, so that every step moves
            double step = Math.min(maxWidth, Math.max(width, 0.5 * Math.abs(x - center)));
            x = (end - x) * dir <= step * (1 + 1e-3) ? end : x + dir * step;
            if (n == b.length) {
                b = Arrays.copyOf(b, 2 * n);
            }
            b[n++] = x;
        }
        return Arrays.copyOf(b, n);
    }
}
