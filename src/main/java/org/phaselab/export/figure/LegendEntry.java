package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;

/**
 * One legend row: a line sample (stroke may be null) and/or a marker sample (shape may be null),
 * then the LaTeX label. Drawn the same inside the plot ({@link LatexLegend}) and above it ({@link LegendRow}).
 */
record LegendEntry(LatexLabel label, Paint paint, Stroke stroke, Shape shape, boolean filled) {
    /** Length of the line sample in points. */
    static double sampleLength(FigureStyle style) {
        return 2.2 * style.smallSize();
    }

    static double gap(FigureStyle style) {
        return 0.4 * style.smallSize();
    }

    /** The height of the tallest of these entries. */
    static double tallest(java.util.List<LegendEntry> entries, FigureStyle style) {
        return entries.stream().mapToDouble(e -> e.height(style)).max().orElse(0);
    }

    /** The width of the widest of these entries. */
    static double widest(java.util.List<LegendEntry> entries, FigureStyle style) {
        return entries.stream().mapToDouble(e -> e.width(style)).max().orElse(0);
    }

    double width(FigureStyle style) {
        return sampleLength(style) + gap(style) + label.width();
    }

    double height(FigureStyle style) {
        return Math.max(label.height(), style.markerSize());
    }

    /** Draws the entry with its left edge at x, centred vertically on mid. */
    void draw(Graphics2D g2, double x, double mid, FigureStyle style) {
        double sample = sampleLength(style);
        g2.setPaint(paint);
        if (stroke != null) {
            g2.setStroke(stroke);
            g2.draw(new Line2D.Double(x, mid, x + sample, mid));
        }
        if (shape != null) {
            Shape s = AffineTransform.getTranslateInstance(x + sample / 2, mid).createTransformedShape(shape);
            if (filled) {
                g2.fill(s);
            } else {
                g2.setStroke(new BasicStroke(style.lineWidth() * 0.8f));
                g2.draw(s);
            }
        }
        label.draw(g2, x + sample + gap(style), mid - label.height() / 2);
    }
}
