package org.phaselab.training.jamming;

import java.util.Comparator;
import java.util.List;

/**
 * The jamming point N* of a sweep: where the fraction of SAT seeds crosses 1/2, linearly
 * interpolated in N between the two bracketing widths. When every point is SAT (or every point
 * UNSAT) N* lies outside the sweep: {@code nStar} is NaN and {@code note} says on which side.
 *
 * @param nStar   the estimated number of weights at jamming, or NaN
 * @param p       number of patterns
 * @param note    empty when found, otherwise why not
 */
public record CriticalSize(double nStar, int p, String note) {
    public boolean found() {
        return Double.isFinite(nStar);
    }

    /** P / N*, the ratio the paper finds ~ 3 for random data (THEORY.md section 6). */
    public double patternsPerWeight() {
        return p / nStar;
    }

    public static CriticalSize of(List<WidthPoint> points) {
        if (points.isEmpty()) {
            return new CriticalSize(Double.NaN, 0, "no points");
        }
        List<WidthPoint> sorted = points.stream().sorted(Comparator.comparingInt(WidthPoint::weightCount)).toList();
        int p = sorted.get(0).p();
        for (int i = 1; i < sorted.size(); i++) {
            WidthPoint lo = sorted.get(i - 1);
            WidthPoint hi = sorted.get(i);
            if (lo.satFraction() < 0.5 && hi.satFraction() >= 0.5) {
                double t = (0.5 - lo.satFraction()) / (hi.satFraction() - lo.satFraction());
                return new CriticalSize(lo.weightCount() + t * (hi.weightCount() - lo.weightCount()), p, "");
            }
        }
        if (sorted.get(0).satFraction() >= 0.5) {
            return new CriticalSize(Double.NaN, p, "N* < " + sorted.get(0).weightCount() + ": the smallest net already fits");
        }
        return new CriticalSize(Double.NaN, p, "N* > " + sorted.get(sorted.size() - 1).weightCount() + ": the largest net does not fit");
    }
}
