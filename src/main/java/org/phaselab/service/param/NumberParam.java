package org.phaselab.service.param;

import java.util.Locale;

/**
 * A real parameter in a closed range [min, max], shown with a fixed number of decimals: the display precision is
 * also the keyboard step of its slider.
 *
 * @param format a {@link String#format} pattern such as "%.3f"
 */
public record NumberParam(String key, String label, double min, double max, Double defaultValue, String format,
                          String unit, String help, boolean isAdvanced) implements Param<Double> {

    public NumberParam {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(key + ": need finite min < max");
        }
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    /** A parameter shown with two decimals, no unit, no help yet. */
    public static NumberParam of(String key, String label, double min, double max, double defaultValue) {
        return new NumberParam(key, label, min, max, defaultValue, "%.2f", "", "", false);
    }

    public NumberParam format(String pattern) {
        return new NumberParam(key, label, min, max, defaultValue, pattern, unit, help, isAdvanced);
    }

    public NumberParam unit(String u) {
        return new NumberParam(key, label, min, max, defaultValue, format, u, help, isAdvanced);
    }

    public NumberParam help(String text) {
        return new NumberParam(key, label, min, max, defaultValue, format, unit, text, isAdvanced);
    }

    public NumberParam advanced() {
        return new NumberParam(key, label, min, max, defaultValue, format, unit, help, true);
    }

    /** The keyboard step: one unit in the last displayed decimal (0.001 for "%.3f"). */
    public double step() {
        return Math.pow(10, -Formats.decimals(format));
    }

    @Override
    public Double check(Double value) {
        if (value == null || !Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(key + " must lie in [" + Formats.plain(min) + ", " + Formats.plain(max)
                    + "], got " + value);
        }
        return value;
    }

    /** The primitive form of {@link #check(Double)}. */
    public double check(double value) {
        return check(Double.valueOf(value));
    }

    @Override
    public String display(Double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
