package org.phaselab.export.figure;

/**
 * One axis of a {@link Figure}.
 *
 * @param label LaTeX label, e.g. {@code "\\alpha"}
 * @param unit  unit for the CSV header and label, empty if dimensionless
 * @param min   lower bound, NaN for automatic
 * @param max   upper bound, NaN for automatic
 * @param log   logarithmic scale
 */
public record Axis(String label, String unit, double min, double max, boolean log) {
    public static Axis auto(String label) {
        return new Axis(label, "", Double.NaN, Double.NaN, false);
    }

    public static Axis range(String label, double min, double max) {
        return new Axis(label, "", min, max, false);
    }

    public boolean hasRange() {
        return Double.isFinite(min) && Double.isFinite(max) && max > min;
    }
}
