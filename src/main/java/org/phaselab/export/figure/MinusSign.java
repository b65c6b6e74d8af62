package org.phaselab.export.figure;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;

/**
 * Tick labels with a true minus sign, not a hyphen ("−0.2", not "-0.2"). Fonts with U+2212 get it; Computer Modern
 * as JLaTeXMath ships it (TeX's OT1 encoding, no Unicode minus) gets its en dash, which TeX keeps at '{'.
 */
final class MinusSign {
    private static final char MINUS = '\u2212';
    /** cmr10's en dash in the OT1 encoding of the JLaTeXMath font. */
    private static final char CMR_EN_DASH = '{';

    private MinusSign() {}

    /** The character that draws a minus in {@code font}. */
    static char in(Font font) {
        if (font.canDisplay(MINUS)) {
            return MINUS;
        }
        return LatexFonts.ROMAN_FAMILY.equals(font.getFamily()) ? CMR_EN_DASH : '-';
    }

    /** The ticks with their labels' hyphens replaced by the font's minus. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List apply(List ticks, Font font) {
        char minus = in(font);
        if (minus == '-') {
            return ticks;
        }
        List out = new ArrayList<>(ticks.size());
        for (Object o : ticks) {
            if (o instanceof NumberTick t && t.getText() != null && t.getText().indexOf('-') >= 0) {
                out.add(new NumberTick(t.getTickType(), t.getNumber().doubleValue(), t.getText().replace('-', minus),
                        t.getTextAnchor(), t.getRotationAnchor(), t.getAngle()));
            } else {
                out.add((ValueTick) o);
            }
        }
        return out;
    }
}
