package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Fonts, line widths and colours of a figure: screen, projector (lecture mode) and journal.
 * Sizes are in Java2D units, which are points (1/72 in) when a figure is written to a file.
 *
 * <p>Colours: Paul Tol's colour-blind-safe 'bright' scheme (https://personal.sron.nl/~pault/,
 * "Colour Schemes", 2021, Fig. 1). Each palette index is paired with a marker shape and, in the
 * journal style, a dash pattern, so that curves stay distinguishable in grayscale print.
 *
 * @param fontFamily   family of tick labels and plain text
 * @param fontSize     base size in points; tick labels get 0.94x, axis labels 1.06x
 * @param lineWidth    curve width in points
 * @param journalFrame journal look: ticks inward on all four sides, no grid, dash pattern per colour
 */
public record FigureStyle(String fontFamily, float fontSize, float lineWidth, boolean journalFrame) {
    private static final Color[] BRIGHT = {
        new Color(0x4477AA), new Color(0xEE6677), new Color(0x228833), new Color(0xCCBB44),
        new Color(0x66CCEE), new Color(0xAA3377), new Color(0xBBBBBB)
    };
    private static final Color NEUTRAL = new Color(0x777777);
    /** Dash patterns per palette index, in line widths: solid, long dash, dash-dot, dash-dot-dot, short dash, dots. */
    private static final float[][] PAIRED_DASHES = {
        null, {6f, 2.5f}, {6f, 2f, 1.2f, 2f}, {6f, 1.8f, 1.2f, 1.8f, 1.2f, 1.8f}, {3f, 2f}, {1.2f, 1.8f}
    };

    public static final FigureStyle SCREEN = new FigureStyle("SansSerif", 13f, 2f, false);
    public static final FigureStyle PROJECTOR = new FigureStyle("SansSerif", 22f, 3.5f, false);
    /** Physical Review style: 8-9 pt Computer Modern at final size, 0.75 pt lines. */
    public static final FigureStyle JOURNAL = new FigureStyle(LatexFonts.ROMAN_FAMILY, 8.5f, 0.9f, true);

    /** The screen-like style of the original three-argument form. */
    public FigureStyle(String fontFamily, float fontSize, float lineWidth) {
        this(fontFamily, fontSize, lineWidth, false);
    }

    /**
     * This style for a chart of w x h pixels on screen: the projector's large type shrinks on a small plot (a fifth of
     * a 1280x720 window) so the data keeps its room, and never below the screen's; the screen and journal styles are
     * fixed.
     */
    public FigureStyle scaledTo(double w, double h) {
        if (journalFrame || fontSize <= SCREEN.fontSize) {
            return this;
        }
        float size = (float) Math.max(SCREEN.fontSize, Math.min(fontSize, Math.min(w, 1.5 * h) / 24));
        return new FigureStyle(fontFamily, size, lineWidth * Math.max(0.75f, size / fontSize), false);
    }

    public Font font(float scale) {
        return new Font(fontFamily, Font.PLAIN, 1).deriveFont(Math.max(1f, fontSize * scale));
    }

    /** Size of LaTeX axis labels in points. */
    public float labelSize() {
        return fontSize * 1.06f * latexScale();
    }

    /** Size of LaTeX legend entries and marker labels in points (tick labels: {@code font(0.94f)}). */
    public float smallSize() {
        return fontSize * 0.94f * latexScale();
    }

    /**
     * Computer Modern looks smaller than a sans-serif font of the same size (its x-height is 0.43 em
     * against DejaVu Sans' 0.55 em), so next to sans tick labels LaTeX is set 15% larger.
     */
    private float latexScale() {
        return journalFrame ? 1f : 1.15f;
    }

    public Color ink() {
        return Color.BLACK;
    }

    /** Palette colour i (cycled); negative for neutral grey. */
    public Paint colour(int i) {
        return i < 0 ? NEUTRAL : BRIGHT[i % (BRIGHT.length - 1)];
    }

    public Stroke stroke(Series.Style s) {
        return stroke(s, 0);
    }

    /** The stroke of a series of palette index {@code colour} (dash pattern paired with it in journal style). */
    public Stroke stroke(Series.Style s, int colour) {
        float w = lineWidth;
        return switch (s) {
            case DASHED -> dashed(w, new float[]{3.5f, 2.5f});
            case UNPHYSICAL -> new BasicStroke(w * 0.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[]{0.01f, 2.2f * w}, 0f);
            case POINTS, HOLLOW_POINTS, AREA, TEXT -> new BasicStroke(w * 0.8f);
            case LINE -> {
                float[] d = journalFrame && colour >= 0 ? PAIRED_DASHES[colour % PAIRED_DASHES.length] : null;
                yield d == null ? new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND) : dashed(w, d);
            }
        };
    }

    private static Stroke dashed(float w, float[] dashInWidths) {
        float[] d = new float[dashInWidths.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = dashInWidths[i] * Math.max(w, 1f);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    /** Dash pattern of a stroke made by {@link #stroke(Series.Style, int)} in points, or null if solid. */
    public float[] dashes(Series.Style s, int colour) {
        return ((BasicStroke) stroke(s, colour)).getDashArray();
    }

    /** Marker diameter in points. */
    public double markerSize() {
        return Math.max(3.8, 3.2 * lineWidth);
    }

    /** Marker shape paired with palette index {@code colour}: circle, square, triangle, diamond, down-triangle, pentagon. */
    public Shape shape(int colour) {
        double d = markerSize();
        double r = d / 2;
        int k = colour < 0 ? 0 : colour % 6;
        return switch (k) {
            case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, d * 0.9, d * 0.9);
            case 2 -> polygon(3, r * 1.15, -Math.PI / 2);
            case 3 -> polygon(4, r * 1.15, -Math.PI / 2);
            case 4 -> polygon(3, r * 1.15, Math.PI / 2);
            case 5 -> polygon(5, r * 1.1, -Math.PI / 2);
            default -> new Ellipse2D.Double(-r, -r, d, d);
        };
    }

    /** Matplotlib's name for {@link #shape(int)}. */
    public static String shapeName(int colour) {
        return new String[]{"o", "s", "^", "D", "v", "p"}[colour < 0 ? 0 : colour % 6];
    }

    private static Shape polygon(int n, double r, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double a = start + 2 * Math.PI * i / n;
            if (i == 0) {
                p.moveTo(r * Math.cos(a), r * Math.sin(a));
            } else {
                p.lineTo(r * Math.cos(a), r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }
}
