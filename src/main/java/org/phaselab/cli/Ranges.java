package org.phaselab.cli;

/** Parsing and checking of numeric command-line options, with messages that name the option. */
public final class Ranges {
    private Ranges() {}

    /** A grid FROM:TO:COUNT, inclusive at both ends. */
    public record Grid(double from, double to, int count) {
        public double at(int i) {
            return count == 1 ? from : from + (to - from) * i / (count - 1);
        }
    }

    public static Grid parseGrid(String option, String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new BadInputException(option + " must be FROM:TO:COUNT, got '" + text + "'");
        }
        double from = parseNumber(option, parts[0]);
        double to = parseNumber(option, parts[1]);
        int count;
        try {
            count = Integer.parseInt(parts[2].trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(option + ": COUNT must be a whole number, got '" + parts[2] + "'");
        }
        if (count < 1 || count > 100_000) {
            throw new BadInputException(option + ": COUNT must be between 1 and 100000, got " + count);
        }
        return new Grid(from, to, count);
    }

    public static double parseNumber(String option, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            requireFinite(option, v);
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " must be a number, got '" + text + "'");
        }
    }

    public static void requireFinite(String option, double v) {
        if (!Double.isFinite(v)) {
            throw new BadInputException(option + " must be a finite number, got " + v);
        }
    }

    public static void requirePositive(String option, double v) {
        requireFinite(option, v);
        if (v <= 0) {
            throw new BadInputException(option + " must be > 0, got " + v);
        }
    }

    public static void requireInOpen(String option, double v, double lo, double hi) {
        requireFinite(option, v);
        if (!(v > lo && v < hi)) {
            throw new BadInputException(option + " must lie in (" + lo + ", " + hi + "), got " + v);
        }
    }
}
