package org.phaselab.export.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The {@link Series.Style#AREA} and {@link Series.Style#TEXT} series: shaded polygons behind the data and texts
 * over it, as annotations of an empty renderer at the series' index (so the dataset indices stay in order).
 */
final class RegionLayer {
    /** Opacity of a shaded region: light enough that lines drawn across it stay readable. */
    private static final int FILL_ALPHA = 56;

    private RegionLayer() {}

    static LegendEntry add(XYPlot plot, int index, Series s, FigureStyle style) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, false);
        plot.setDataset(index, new XYSeriesCollection());
        plot.setRenderer(index, r);
        if (s.style() == Series.Style.TEXT) {
            if (s.size() > 0 && Double.isFinite(s.x(0)) && Double.isFinite(s.y(0)) && !s.label().isBlank()) {
                r.addAnnotation(new Text(s.x(0), s.y(0), new LatexLabel(s.label(), style.smallSize(), style.ink())),
                        Layer.FOREGROUND);
            }
            return null;
        }
        Color c = (Color) style.colour(s.colour());
        Color fill = new Color(c.getRed(), c.getGreen(), c.getBlue(), FILL_ALPHA);
        for (double[] polygon : polygons(s)) {
            r.addAnnotation(new XYPolygonAnnotation(polygon, null, null, fill), Layer.BACKGROUND);
        }
        if (s.label() == null || s.label().isBlank()) {
            return null;
        }
        double side = style.markerSize() * 1.6;
        return new LegendEntry(new LatexLabel(s.label(), style.smallSize(), style.ink()), fill, null,
                new Rectangle2D.Double(-side / 2, -side / 2, side, side), true);
    }

    /** The polygons of an AREA series: runs of finite points between NaNs, each with at least three corners. */
    static List<double[]> polygons(Series s) {
        List<double[]> out = new ArrayList<>();
        List<Double> run = new ArrayList<>();
        for (int i = 0; i <= s.size(); i++) {
            boolean finite = i < s.size() && Double.isFinite(s.x(i)) && Double.isFinite(s.y(i));
            if (finite) {
                run.add(s.x(i));
                run.add(s.y(i));
            } else {
                if (run.size() >= 6) {
                    out.add(run.stream().mapToDouble(Double::doubleValue).toArray());
                }
                run.clear();
            }
        }
        return out;
    }

    /** A LaTeX text centred on a point of the data, on a faint white ground. */
    private static final class Text extends AbstractXYAnnotation {
        private final double x;
        private final double y;
        private final transient LatexLabel label;

        Text(double x, double y, LatexLabel label) {
            this.x = x;
            this.y = y;
            this.label = label;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            double cx = domainAxis.valueToJava2D(x, area, plot.getDomainAxisEdge());
            double cy = rangeAxis.valueToJava2D(y, area, plot.getRangeAxisEdge());
            double left = Math.max(area.getMinX(), Math.min(cx - label.width() / 2, area.getMaxX() - label.width()));
            double top = Math.max(area.getMinY(), Math.min(cy - label.height() / 2, area.getMaxY() - label.height()));
            Rectangle2D r = label.bounds(left, top);
            g2.setPaint(new Color(255, 255, 255, 170));
            g2.fill(new Rectangle2D.Double(r.getX() - 1, r.getY() - 1, r.getWidth() + 2, r.getHeight() + 2));
            label.draw(g2, left, top);
        }
    }
}
