package org.phaselab.export.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A label typeset by JLaTeXMath (syntax: {@link LabelText}) at a size in points. Malformed LaTeX
 * falls back to the plain-Unicode text ({@link LatexText#plain}) rather than failing the chart.
 * Drawn at fractional positions (vector output would otherwise snap to whole points).
 */
public final class LatexLabel {
    /**
     * Set before painting so JLaTeXMath, which sets a glyph's font only when the graphics' font is not already that
     * object, always sets it: on JavaFX's canvas a restored clip also restores an older font behind FXGraphics2D's back,
     * and text runs came out in it at JLaTeXMath's 1/100 scale, as rows of dots.
     */
    private static final Font NOT_A_TEX_FONT = new Font(Font.DIALOG, Font.PLAIN, 10);
    private final TeXIcon icon;
    private final String source;

    public LatexLabel(String label, float sizePt, Color colour) {
        this.source = label == null ? "" : label;
        this.icon = typeset(source, sizePt, colour);
    }

    /**
     * JLaTeXMath keeps parser and font tables in static fields; the UI (FX thread) and a
     * background export may typeset at the same time, so parsing is serialized.
     */
    private static synchronized TeXIcon typeset(String source, float sizePt, Color colour) {
        TeXIcon made;
        try {
            made = new TeXFormula(LabelText.toJLatexMath(source)).createTeXIcon(TeXConstants.STYLE_TEXT, sizePt);
        } catch (ParseException | IllegalArgumentException e) {
            made = new TeXFormula("\\text{" + LatexText.plain(source).replaceAll("[\\\\{}$%&#^_]", "") + "}")
                    .createTeXIcon(TeXConstants.STYLE_TEXT, sizePt);
        }
        made.setForeground(colour);
        return made;
    }

    public String source() {
        return source;
    }

    public double width() {
        return icon.getTrueIconWidth();
    }

    /** Height above the baseline. */
    public double ascent() {
        return icon.getTrueIconHeight() - icon.getTrueIconDepth();
    }

    /** Total height (ascent plus depth below the baseline). */
    public double height() {
        return icon.getTrueIconHeight();
    }

    /** Draws with the top-left corner of the box at (x, y). */
    public void draw(Graphics2D g2, double x, double y) {
        paint(g2, x, y, 0);
    }

    /** Draws rotated by -90 degrees (reading upwards) with its bounding box's top-left at (x, y). */
    public void drawUpwards(Graphics2D g2, double x, double y) {
        paint(g2, x, y + width(), -Math.PI / 2);
    }

    private void paint(Graphics2D g2, double x, double y, double angle) {
        // transform saved and restored rather than g2.create(): JavaFX's FXGraphics2D shares one
        // GraphicsContext between copies, so a copy's transform would leak into the chart
        AffineTransform saved = g2.getTransform();
        Paint paint = g2.getPaint();
        Font font = g2.getFont();
        try {
            g2.setFont(NOT_A_TEX_FONT);
            g2.translate(x, y);
            if (angle != 0) {
                g2.rotate(angle);
            }
            icon.paintIcon(null, g2, 0, 0);
        } finally {
            g2.setTransform(saved);
            g2.setPaint(paint);
            g2.setFont(font);
        }
    }

    public Rectangle2D bounds(double x, double y) {
        return new Rectangle2D.Double(x, y, width(), height());
    }
}
