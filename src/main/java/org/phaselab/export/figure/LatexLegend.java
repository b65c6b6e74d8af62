package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * A legend with LaTeX entries, drawn inside the data area in the corner that hides the fewest
 * data points and no marker label. After each drawing it reports how much of the data it hid,
 * so that an export can move it above the plot instead ({@link LegendRow}).
 */
final class LatexLegend {
    private final List<LegendEntry> entries = new ArrayList<>();
    private final FigureStyle style;
    private double hiddenShare;
    private double boxShare;

    LatexLegend(FigureStyle style) {
        this.style = style;
    }

    void add(LegendEntry e) {
        entries.add(e);
    }

    List<LegendEntry> entries() {
        return List.copyOf(entries);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Share of the plotted data (points and curve samples) the last drawing covered; 1 if it covered a marker label. */
    double hiddenShare() {
        return hiddenShare;
    }

    /** Share of the data area the legend's box took in the last drawing (above 1: larger than the data area). */
    double boxShare() {
        return boxShare;
    }

    /**
     * The legend's box in the corner of the data area that hides the fewest data points and none of {@code taken}
     * if it can (empty without entries); records the share of the data it hides for {@link #hiddenShare()}.
     */
    Optional<Rectangle2D> place(XYPlot plot, Rectangle2D area, List<Rectangle2D> taken) {
        if (entries.isEmpty()) {
            hiddenShare = 0;
            return Optional.empty();
        }
        double em = style.smallSize();
        double w = 2 * pad() + entryWidth();
        double h = 2 * pad() + rowHeight() * entries.size();
        boxShare = area.getWidth() > 0 && area.getHeight() > 0 ? w * h / (area.getWidth() * area.getHeight()) : 1;
        return Optional.of(bestCorner(plot, area, w, h, 0.5 * em, taken));
    }

    /** Draws the legend in a box from {@link #place}. */
    void paint(Graphics2D g2, Rectangle2D box) {
        g2.setPaint(new Color(255, 255, 255, 220));
        g2.fill(box);
        if (!style.journalFrame()) {
            g2.setPaint(new Color(0xBBBBBB));
            g2.setStroke(new BasicStroke(0.5f));
            g2.draw(box);
        }
        double rowH = rowHeight();
        double y = box.getY() + pad();
        for (LegendEntry e : entries) {
            e.draw(g2, box.getX() + pad(), y + rowH / 2, style);
            y += rowH;
        }
    }

    private double pad() {
        return 0.35 * style.smallSize();
    }

    private double rowHeight() {
        return LegendEntry.tallest(entries, style) + 0.25 * style.smallSize();
    }

    private double entryWidth() {
        return LegendEntry.widest(entries, style);
    }

    private Rectangle2D bestCorner(XYPlot plot, Rectangle2D a, double w, double h, double inset,
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
        double total = hiddenPoints(plot, a, a);
        hiddenShare = bestCost >= 1e6 ? 1 : total > 0 ? bestCost / total : 0;
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
