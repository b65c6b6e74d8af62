package org.phaselab.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.LatexText;
import org.phaselab.export.figure.Series;

/**
 * The data point of a figure nearest to the mouse, on screen: what the crosshair snaps to and reads out ("κ = 0.20:
 * α = 0.5120, s(α) = 0.0031"). Only points within {@code radius} pixels count; shaded regions and texts never do.
 *
 * @param series the series' legend label in plain text (its key if it has no label)
 * @param x      the point's abscissa
 * @param y      the point's ordinate
 */
public record NearestPoint(String series, double x, double y) {

    /**
     * The point nearest to screen position (sx, sy) within {@code radius} pixels, or empty.
     *
     * @param toScreenX data x to screen x
     * @param toScreenY data y to screen y
     */
    public static Optional<NearestPoint> find(Figure f, double sx, double sy, double radius,
                                              DoubleUnaryOperator toScreenX, DoubleUnaryOperator toScreenY) {
        NearestPoint best = null;
        double bestD2 = radius * radius;
        for (Series s : f.series()) {
            if (s.style() == Series.Style.AREA || s.style() == Series.Style.TEXT) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                double x = s.x(i);
                double y = s.y(i);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    continue;
                }
                double dx = toScreenX.applyAsDouble(x) - sx;
                double dy = toScreenY.applyAsDouble(y) - sy;
                double d2 = dx * dx + dy * dy;
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = new NearestPoint(name(s), x, y);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String name(Series s) {
        return s.label() == null || s.label().isBlank() ? s.key() : LatexText.plain(s.label()).replace("~", " ");
    }

    /** "κ = 0.20: α = 0.5120, s(α) = 0.0031", with the figure's axis names. */
    public String readout(Figure f) {
        return String.format(Locale.ROOT, "%s:   %s = %s,  %s = %s", series, axisName(f.x().label()), number(x),
                axisName(f.y().label()), number(y));
    }

    /** "x = 0.5120   y = 0.0031" at a position that is no data point. */
    public static String position(Figure f, double x, double y) {
        return String.format(Locale.ROOT, "%s = %s   %s = %s", axisName(f.x().label()), number(x), axisName(f.y().label()),
                number(y));
    }

    private static String axisName(String latex) {
        String plain = LatexText.plain(latex).replace("~", " ").trim();
        return plain.isEmpty() ? "value" : plain;
    }

    /** Four significant digits, Unicode minus. */
    static String number(double v) {
        String s = Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v != 0)
                ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%.4g", v);
        return s.replace('-', '\u2212');
    }
}
