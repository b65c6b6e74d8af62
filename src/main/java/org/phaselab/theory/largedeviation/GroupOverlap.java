package org.phaselab.theory.largedeviation;

/**
 * The students' overlap q1 inside a group as an unconstrained unknown (docs/large-deviation.md, LD 2.1): two students
 * at overlap S = 1 - 2d with the same reference have q1 &gt;= S^2, so q1 = S^2 + (1 - S^2)/(1 + e^-w) is an overlap for
 * every real w.
 */
final class GroupOverlap {
    private GroupOverlap() {}

    /** q1 at distance d for the unknown w. */
    static double q1(double d, double w) {
        double s = 1 - 2 * d;
        return s * s + (1 - s * s) / (1 + Math.exp(-w));
    }

    /** The unknown w of an overlap q1 at distance d. */
    static double unknown(double d, double q1) {
        double s = 1 - 2 * d;
        double f = (q1 - s * s) / (1 - s * s);
        return Math.log(f / (1 - f));
    }
}
