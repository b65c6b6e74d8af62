package org.phaselab.export;

import org.phaselab.export.figure.FigureStyle;

/**
 * Size and look of an exported figure.
 *
 * @param widthCm  final width in cm (Physical Review: 8.6 one column, 17.8 two columns)
 * @param heightCm final height in cm
 * @param dpi      pixels per inch of PNG output (vector formats ignore it)
 * @param style    fonts, lines and frame; {@link FigureStyle#JOURNAL} for papers
 */
public record ExportOptions(double widthCm, double heightCm, int dpi, FigureStyle style) {
    public static final double ONE_COLUMN_CM = 8.6;
    public static final double TWO_COLUMN_CM = 17.8;
    public static final int DEFAULT_DPI = 600;
    /** Height over width of the default journal sizes (a little flatter than 3:4). */
    public static final double ASPECT = 0.72;

    public ExportOptions {
        if (!(widthCm >= 2 && widthCm <= 100)) {
            throw new IllegalArgumentException("figure width must be between 2 and 100 cm, got " + widthCm);
        }
        if (!(heightCm >= 2 && heightCm <= 100)) {
            throw new IllegalArgumentException("figure height must be between 2 and 100 cm, got " + heightCm);
        }
        if (dpi < 30 || dpi > 2400) {
            throw new IllegalArgumentException("dpi must be between 30 and 2400, got " + dpi);
        }
        if (style == null) {
            throw new IllegalArgumentException("figure style is missing");
        }
    }

    /** One journal column, 8.6 cm wide, journal style, 600 dpi. */
    public static ExportOptions oneColumn() {
        return new ExportOptions(ONE_COLUMN_CM, ONE_COLUMN_CM * ASPECT, DEFAULT_DPI, FigureStyle.JOURNAL);
    }

    /** Two journal columns, 17.8 cm wide, journal style, 600 dpi. */
    public static ExportOptions twoColumn() {
        return new ExportOptions(TWO_COLUMN_CM, 8.0, DEFAULT_DPI, FigureStyle.JOURNAL);
    }

    /** A custom width in journal style, height by {@link #ASPECT}. */
    public static ExportOptions width(double widthCm) {
        return new ExportOptions(widthCm, widthCm * ASPECT, DEFAULT_DPI, FigureStyle.JOURNAL);
    }

    public ExportOptions withHeight(double cm) {
        return new ExportOptions(widthCm, cm, dpi, style);
    }

    public ExportOptions withDpi(int d) {
        return new ExportOptions(widthCm, heightCm, d, style);
    }

    public ExportOptions withStyle(FigureStyle s) {
        return new ExportOptions(widthCm, heightCm, dpi, s);
    }

    public double widthPt() {
        return widthCm / 2.54 * 72;
    }

    public double heightPt() {
        return heightCm / 2.54 * 72;
    }

    public int widthPx() {
        return (int) Math.round(widthCm / 2.54 * dpi);
    }

    public int heightPx() {
        return (int) Math.round(heightCm / 2.54 * dpi);
    }
}
