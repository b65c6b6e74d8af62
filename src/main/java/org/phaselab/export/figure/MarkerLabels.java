package org.phaselab.export.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * LaTeX labels of vertical markers (at the top of the data area, right of the line, stacked
 * downwards when they would overlap; a label with no room left in the upper part is left out) and of bands (at the
 * bottom, centred).
 */
final class MarkerLabels {
    private record Placed(double x, LatexLabel label) {}

    private final List<Placed> markers = new ArrayList<>();
    private final List<Placed> bands = new ArrayList<>();
    private final double pad;
    /** Labels stack down from the top of the data area no further than this share of its height. */
    private static final double STACK_SHARE = 0.6;

    MarkerLabels(List<Marker> ms, List<Band> bs, FigureStyle style) {
        Color ink = style.ink();
        for (Marker m : ms) {
            if (m.label() != null && !m.label().isBlank() && Double.isFinite(m.x())) {
                markers.add(new Placed(m.x(), new LatexLabel(m.label(), style.smallSize(), ink)));
            }
        }
        markers.sort(Comparator.comparingDouble(Placed::x));
        for (Band b : bs) {
            if (b.label() != null && !b.label().isBlank()) {
                bands.add(new Placed(0.5 * (b.from() + b.to()), new LatexLabel(b.label(), style.smallSize(), ink)));
            }
        }
        this.pad = style.fontSize() * 0.25;
    }

    /** Where the labels would go with nothing else in the way (nothing drawn). */
    List<Rectangle2D> layout(Rectangle2D area, ValueAxis xAxis, RectangleEdge xEdge) {
        return place(null, area, xAxis, xEdge, List.of());
    }

    /**
     * Draws the labels, keeping clear of {@code avoid} (the legend when it must stay inside the plot): a marker label
     * stacks down past it or, with no room left, is left out; a band label in its way is left out. Returns the
     * rectangles of the labels drawn.
     */
    List<Rectangle2D> draw(Graphics2D g2, Rectangle2D area, ValueAxis xAxis, RectangleEdge xEdge, List<Rectangle2D> avoid) {
        return place(g2, area, xAxis, xEdge, avoid);
    }

    /** Places the labels (and draws them if {@code g2} is not null); returns the rectangles they cover. */
    private List<Rectangle2D> place(Graphics2D g2, Rectangle2D area, ValueAxis xAxis, RectangleEdge xEdge,
                                    List<Rectangle2D> avoid) {
        List<Rectangle2D> taken = new ArrayList<>(avoid);
        List<Rectangle2D> placed = new ArrayList<>();
        for (Placed p : markers) {
            double x = xAxis.valueToJava2D(p.x(), area, xEdge) + pad;
            if (x < area.getMinX() || x > area.getMaxX()) {
                continue;
            }
            x = Math.min(x, area.getMaxX() - p.label().width() - pad);
            double y = area.getMinY() + 2 * pad;
            Rectangle2D r = p.label().bounds(x, y);
            double lowest = area.getMinY() + STACK_SHARE * area.getHeight();
            // a label's neighbours keep a gap of pad on either side: touching labels read as one ("0.647α = 0.760")
            while (overlapsAny(widened(r), taken) && r.getMaxY() < lowest) {
                y += p.label().height() + pad;
                r = p.label().bounds(x, y);
            }
            if (overlapsAny(widened(r), taken) || r.getMaxY() > lowest) {
                continue; // no room left on a small plot: the line stays, unlabelled, rather than labels over each other
            }
            if (g2 != null) {
                paintBehind(g2, r);
                p.label().draw(g2, x, y);
            }
            taken.add(r);
            placed.add(r);
        }
        for (Placed p : bands) {
            double xc = xAxis.valueToJava2D(p.x(), area, xEdge);
            double x = Math.max(area.getMinX() + pad, Math.min(xc - p.label().width() / 2,
                    area.getMaxX() - p.label().width() - pad));
            double y = area.getMaxY() - pad - p.label().height();
            Rectangle2D r = p.label().bounds(x, y);
            if (overlapsAny(r, avoid)) {
                continue;
            }
            if (g2 != null) {
                paintBehind(g2, r);
                p.label().draw(g2, x, y);
            }
            placed.add(r);
        }
        return placed;
    }

    private Rectangle2D widened(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() - pad, r.getY(), r.getWidth() + 2 * pad, r.getHeight());
    }

    private void paintBehind(Graphics2D g2, Rectangle2D r) {
        g2.setPaint(new Color(255, 255, 255, 200));
        g2.fill(new Rectangle2D.Double(r.getX() - 1, r.getY() - 1, r.getWidth() + 2, r.getHeight() + 2));
    }

    static boolean overlapsAny(Rectangle2D r, List<Rectangle2D> rs) {
        for (Rectangle2D o : rs) {
            if (o.intersects(r)) {
                return true;
            }
        }
        return false;
    }
}
