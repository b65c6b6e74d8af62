package org.phaselab.cli;

import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;

/** Parsing and checking of numeric command-line options, with messages that name the option. */
public final class Ranges {
    private Ranges() {}

    /** A grid FROM:TO:COUNT, inclusive at both ends. */
    public record Grid(double from, double to, int count) {
        /** The i-th point; weighted so that no step overflows, even for ends near the largest double. */
        public double at(int i) {
            if (count == 1) {
                return from;
            }
            double t = i / (double) (count - 1);
            return i == count - 1 ? to : from * (1 - t) + to * t;
        }

        /** All the points, in order. */
        public double[] points() {
            double[] x = new double[count];
            for (int i = 0; i < count; i++) {
                x[i] = at(i);
            }
            return x;
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

    /** A grid of loads: both ends in (0, {@link Limits#MAX_ALPHA}], so every point is too. */
    public static Grid parseAlphaGrid(String option, String text) {
        Grid grid = parseGrid(option, text);
        requirePositive(option + " FROM", grid.from(), Limits.MAX_ALPHA);
        requirePositive(option + " TO", grid.to(), Limits.MAX_ALPHA);
        return grid;
    }

    /**
     * The distances of a local-entropy curve: 1 to {@code max} numbers, each in [{@code min}, 1/2) (a distance per
     * weight beyond 1/2 is the mirror image), in the order given.
     */
    public static double[] parseDistances(String option, java.util.List<String> texts, int max, double min) {
        if (texts.isEmpty() || texts.size() > max) {
            throw new BadInputException(option + " needs 1 to " + max + " distances, got " + texts.size());
        }
        double[] d = texts.stream().mapToDouble(text -> parseNumber(option, text)).toArray();
        for (double v : d) {
            if (!(v >= min && v < 0.5)) {
                throw new BadInputException(option + " must lie in [" + min + ", 0.5), got " + v);
            }
        }
        return d;
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

    /** A finite number in the closed range [lo, hi]. */
    public static double requireIn(String option, double v, double lo, double hi) {
        requireFinite(option, v);
        if (!(v >= lo && v <= hi)) {
            throw new BadInputException(option + " must lie in [" + number(lo) + ", " + number(hi) + "], got " + v);
        }
        return v;
    }

    /** A whole number in lo..hi. */
    public static int requireIn(String option, long value, long lo, long hi) {
        if (value < lo || value > hi) {
            throw new BadInputException(option + " must be in " + lo + ".." + hi + ", got " + value);
        }
        return (int) value;
    }

    /** A bound as people write it: 0.000001 as 1e-06, 1000000 as 1e+06, 2.0 as 2. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) <= 1e9) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A finite number in (0, hi]. */
    public static double requirePositive(String option, double v, double hi) {
        requirePositive(option, v);
        if (v > hi) {
            throw new BadInputException(option + " must be <= " + number(hi) + ", got " + v);
        }
        return v;
    }

    public static void requireInOpen(String option, double v, double lo, double hi) {
        requireFinite(option, v);
        if (!(v > lo && v < hi)) {
            throw new BadInputException(option + " must lie in (" + lo + ", " + hi + "), got " + v);
        }
    }

    /** A whole number within a panel parameter's declared range, the message naming the option. */
    public static int requireDeclared(String option, long value, IntParam declared) {
        return requireIn(option, value, declared.min(), declared.max());
    }

    /** A real number within a panel parameter's declared range, the message naming the option. */
    public static double requireDeclared(String option, double value, NumberParam declared) {
        return requireIn(option, value, declared.min(), declared.max());
    }
}
