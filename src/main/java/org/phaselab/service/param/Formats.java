package org.phaselab.service.param;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for number formats of parameters. */
final class Formats {
    private static final Pattern DECIMALS = Pattern.compile("%[^a-zA-Z%]*\\.(\\d+)[fe]");

    private Formats() {}

    /** Decimals of a pattern like "%.3f" (0 for "%.0f" or a pattern without precision). */
    static int decimals(String format) {
        Matcher m = DECIMALS.matcher(format);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A bound as people write it: 0.85, not 0.8500000000000001 or 8.5E-1. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
