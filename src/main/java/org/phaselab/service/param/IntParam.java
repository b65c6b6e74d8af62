package org.phaselab.service.param;

/** A whole-number parameter in [min, max] (sizes, counts, seeds). */
public record IntParam(String key, String label, int min, int max, Integer defaultValue, String help, boolean isAdvanced)
        implements Param<Integer> {

    public IntParam {
        if (min > max) {
            throw new IllegalArgumentException(key + ": need min <= max");
        }
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    public static IntParam of(String key, String label, int min, int max, int defaultValue) {
        return new IntParam(key, label, min, max, defaultValue, "", false);
    }

    public IntParam help(String text) {
        return new IntParam(key, label, min, max, defaultValue, text, isAdvanced);
    }

    public IntParam advanced() {
        return new IntParam(key, label, min, max, defaultValue, help, true);
    }

    @Override
    public Integer check(Integer value) {
        if (value == null || value < min || value > max) {
            throw new IllegalArgumentException(key + " must lie in " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** The primitive form of {@link #check(Integer)}. */
    public int check(int value) {
        return check(Integer.valueOf(value));
    }

    /** Checks a value that may not fit an int (a command-line or JSON number), without overflow. */
    public int check(long value) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must lie in " + min + ".." + max + ", got " + value);
        }
        return (int) value;
    }

    @Override
    public String display(Integer value) {
        return Integer.toString(value);
    }
}
