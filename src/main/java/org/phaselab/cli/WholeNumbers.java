package org.phaselab.cli;

import java.math.BigDecimal;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads whole numbers (sizes, counts, seeds): decimal, optionally in exponent form (1e6 is a
 * million), and a value beyond what Java's int or long holds is refused with the largest one in words, instead of
 * picocli's "is not an int". The option's own range check then names its documented limit.
 */
final class WholeNumbers {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private WholeNumbers() {}

    /** Makes {@code cl} and its subcommands read int, Integer, long and Long options this way. */
    static void register(CommandLine cl) {
        cl.registerConverter(Integer.class, WholeNumbers::toInt);
        cl.registerConverter(Integer.TYPE, WholeNumbers::toInt);
        cl.registerConverter(Long.class, WholeNumbers::toLong);
        cl.registerConverter(Long.TYPE, WholeNumbers::toLong);
    }

    static Integer toInt(String text) {
        long v = toLong(text);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new TypeConversionException("'" + shown(text) + "' is " + (v > 0 ? "more than " + Integer.MAX_VALUE
                    : "less than " + Integer.MIN_VALUE) + ", beyond any limit of this option");
        }
        return (int) v;
    }

    static Long toLong(String text) {
        String t = text.strip();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException notPlain) {
            BigDecimal v;
            try {
                v = new BigDecimal(t);
            } catch (NumberFormatException | ArithmeticException notANumber) {
                throw new TypeConversionException("'" + shown(text) + "' is not a whole number");
            }
            if (v.compareTo(LONG_MAX) > 0 || v.compareTo(LONG_MIN) < 0) { // compared before any conversion: 1e999999 is cheap
                throw new TypeConversionException("'" + shown(text) + "' is " + (v.signum() > 0 ? "more than " + Long.MAX_VALUE
                        : "less than " + Long.MIN_VALUE) + ", beyond any limit of this option");
            }
            if (v.stripTrailingZeros().scale() > 0) {
                throw new TypeConversionException("'" + shown(text) + "' is not a whole number");
            }
            return v.longValueExact();
        }
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
