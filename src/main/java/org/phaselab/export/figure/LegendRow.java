package org.phaselab.export.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/**
 * The legend as a title above the plot (entries in a centred table, filled row by row, with as many columns as fit)
 * or right of it (one column, from the top). Used when inside the plot every placement would hide data
 * ({@link ChartBuilder#build(Figure, double, double)}).
 */
final class LegendRow extends Title {
    private final transient List<LegendEntry> entries;
    private final transient FigureStyle style;

    LegendRow(List<LegendEntry> entries, FigureStyle style) {
        this(entries, style, RectangleEdge.TOP);
    }

    /** A legend above ({@code TOP}) or right of ({@code RIGHT}) the plot. */
    LegendRow(List<LegendEntry> entries, FigureStyle style, RectangleEdge edge) {
        this.entries = List.copyOf(entries);
        this.style = style;
        setPosition(edge);
    }

    private boolean column() {
        return getPosition() == RectangleEdge.RIGHT || getPosition() == RectangleEdge.LEFT;
    }

    private double spacing() {
        return 1.2 * style.smallSize();
    }

    private double rowHeight() {
        return LegendEntry.tallest(entries, style) + 0.3 * style.smallSize();
    }

    /** Widths of the columns when the entries fill {@code cols} columns row by row. */
    private double[] columnWidths(int cols) {
        double[] w = new double[cols];
        for (int i = 0; i < entries.size(); i++) {
            w[i % cols] = Math.max(w[i % cols], entries.get(i).width(style));
        }
        return w;
    }

    private double totalWidth(double[] widths) {
        double t = spacing() * (widths.length - 1);
        for (double w : widths) {
            t += w;
        }
        return t;
    }

    /** The most columns (each as wide as its widest entry) that fit the width; at least one. */
    private int columns(double width) {
        for (int cols = entries.size(); cols > 1; cols--) {
            if (totalWidth(columnWidths(cols)) <= width) {
                return cols;
            }
        }
        return 1;
    }

    private int rowCount(int columns) {
        return (entries.size() + columns - 1) / columns;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint c) {
        if (column()) {
            return new Size2D(columnWidths(1)[0] + spacing(), entries.size() * rowHeight());
        }
        double width = Double.MAX_VALUE;
        if (c.getWidthConstraintType() == LengthConstraintType.FIXED) {
            width = c.getWidth();
        } else if (c.getWidthConstraintType() == LengthConstraintType.RANGE && c.getWidthRange() != null) {
            width = c.getWidthRange().getUpperBound();
        }
        int cols = columns(width);
        return new Size2D(Math.min(width, totalWidth(columnWidths(cols))),
                rowCount(cols) * rowHeight() + 0.2 * style.smallSize());
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        if (column()) {
            for (int i = 0; i < entries.size(); i++) {
                entries.get(i).draw(g2, area.getX() + spacing() / 2, area.getY() + (i + 0.5) * rowHeight(), style);
            }
            return;
        }
        int cols = columns(area.getWidth());
        double[] widths = columnWidths(cols);
        double[] x = new double[cols];
        // centred; a table wider than the area (a long entry in a narrow plot) starts at its left, symbols shown
        x[0] = Math.max(area.getX(), area.getCenterX() - totalWidth(widths) / 2);
        for (int j = 1; j < cols; j++) {
            x[j] = x[j - 1] + widths[j - 1] + spacing();
        }
        for (int i = 0; i < entries.size(); i++) {
            double mid = area.getY() + (i / cols + 0.5) * rowHeight();
            entries.get(i).draw(g2, x[i % cols], mid, style);
        }
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }
}
