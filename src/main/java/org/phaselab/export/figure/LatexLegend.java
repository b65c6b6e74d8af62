package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * A legend with LaTeX entries, drawn inside the data area in the corner that hides the fewest
 * data points and no marker label.
 */
final class LatexLegend {
    /** One legend row: a line sample (stroke may be null) and/or a marker sample (shape may be null). */
    record Entry(LatexLabel label, Paint paint, Stroke stroke, Shape shape, boolean filled) {}

    private final List<Entry> entries = new ArrayList<>();
    private final FigureStyle style;

    LatexLegend(FigureStyle style) {
        this.style = style;
    }

    void add(Entry e) {
        entries.add(e);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, List<Rectangle2D> taken) {
        if (entries.isEmpty()) {
            return;
        }
        double em = style.smallSize();
        double sample = 2.2 * em;
        double gap = 0.4 * em;
        double pad = 0.35 * em;
        double rowH = 0;
        double textW = 0;
        for (Entry e : entries) {
            rowH = Math.max(rowH, Math.max(e.label().height(), style.markerSize()));
            textW = Math.max(textW, e.label().width());
        }
        rowH += 0.25 * em;
        double w = 2 * pad + sample + gap + textW;
        double h = 2 * pad + rowH * entries.size();
        Rectangle2D box = bestCorner(plot, area, w, h, 0.5 * em, taken);
        g2.setPaint(new Color(255, 255, 255, 220));
        g2.fill(box);
        if (!style.journalFrame()) {
            g2.setPaint(new Color(0xBBBBBB));
            g2.setStroke(new BasicStroke(0.5f));
            g2.draw(box);
        }
        double y = box.getY() + pad;
        for (Entry e : entries) {
            double mid = y + rowH / 2;
            double x0 = box.getX() + pad;
            g2.setPaint(e.paint());
            if (e.stroke() != null) {
                g2.setStroke(e.stroke());
                g2.draw(new Line2D.Double(x0, mid, x0 + sample, mid));
            }
            if (e.shape() != null) {
                Shape s = AffineTransform.getTranslateInstance(x0 + sample / 2, mid).createTransformedShape(e.shape());
                if (e.filled()) {
                    g2.fill(s);
                } else {
                    g2.setStroke(new BasicStroke(style.lineWidth() * 0.8f));
                    g2.draw(s);
                }
            }
            e.label().draw(g2, x0 + sample + gap, mid - e.label().height() / 2);
            y += rowH;
        }
    }

    private static Rectangle2D bestCorner(XYPlot plot, Rectangle2D a, double w, double h, double inset,
                                          List<Rectangle2D> taken) {
        Rectangle2D[] corners = {
            new Rectangle2D.Double(a.getMaxX() - w - inset, a.getMinY() + inset, w, h),
            new Rectangle2D.Double(a.getMinX() + inset, a.getMinY() + inset, w, h),
            new Rectangle2D.Double(a.getMaxX() - w - inset, a.getMaxY() - h - inset, w, h),
            new Rectangle2D.Double(a.getMinX() + inset, a.getMaxY() - h - inset, w, h),
        };
        Rectangle2D best = corners[0];
        double bestCost = Double.POSITIVE_INFINITY;
        for (Rectangle2D c : corners) {
            double cost = hiddenPoints(plot, a, c) + (MarkerLabels.overlapsAny(c, taken) ? 1e6 : 0);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** Data points (and points along each segment) that the box would hide. */
    private static double hiddenPoints(XYPlot plot, Rectangle2D area, Rectangle2D box) {
        ValueAxis xa = plot.getDomainAxis();
        ValueAxis ya = plot.getRangeAxis();
        RectangleEdge xe = plot.getDomainAxisEdge();
        RectangleEdge ye = plot.getRangeAxisEdge();
        double count = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null) {
                continue;
            }
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                double px = Double.NaN;
                double py = Double.NaN;
                for (int i = 0; i < ds.getItemCount(s); i++) {
                    double x = xa.valueToJava2D(ds.getXValue(s, i), area, xe);
                    double y = ya.valueToJava2D(ds.getYValue(s, i), area, ye);
                    if (Double.isFinite(px) && Double.isFinite(x) && Double.isFinite(py) && Double.isFinite(y)) {
                        for (int k = 1; k < 8; k++) {
                            count += box.contains(px + (x - px) * k / 8, py + (y - py) * k / 8) ? 1 : 0;
                        }
                    }
                    count += Double.isFinite(y) && box.contains(x, y) ? 8 : 0;
                    px = x;
                    py = y;
                }
            }
        }
        return count;
    }
}
