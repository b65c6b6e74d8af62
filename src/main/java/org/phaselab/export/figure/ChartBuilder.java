package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Turns a {@link Figure} into a JFreeChart: one builder for the screen, files and the command line.
 * Works headless (no JavaFX).
 */
public final class ChartBuilder {
    private final FigureStyle style;

    public ChartBuilder(FigureStyle style) {
        this.style = style;
    }

    public JFreeChart build(Figure figure) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(figure.x()));
        plot.setRangeAxis(axis(figure.y()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        int index = 0;
        for (Series s : figure.series()) {
            addSeries(plot, index++, s);
        }
        for (Band b : figure.bands()) {
            IntervalMarker m = new IntervalMarker(b.from(), b.to(), new Color(0, 0, 0, 22));
            m.setLabel(LatexText.plain(b.label()));
            m.setLabelFont(style.font(0.9f));
            m.setLabelAnchor(RectangleAnchor.TOP);
            m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        for (Marker mk : figure.markers()) {
            ValueMarker m = new ValueMarker(mk.x());
            m.setPaint(mk.kind() == Marker.Kind.CURSOR ? new Color(0x888888) : Color.DARK_GRAY);
            float w = style.lineWidth() * 0.8f;
            m.setStroke(mk.kind() == Marker.Kind.TRANSITION ? new BasicStroke(w)
                    : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f * w, 3f * w}, 0f));
            m.setLabel(LatexText.plain(mk.label()));
            m.setLabelFont(style.font(0.9f));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
        JFreeChart chart = new JFreeChart(figure.title().isEmpty() ? null : LatexText.plain(figure.title()),
                style.font(1.1f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(style.font(0.95f));
        return chart;
    }

    private ValueAxis axis(Axis a) {
        String label = LatexText.plain(a.label()) + (a.unit().isEmpty() ? "" : " (" + a.unit() + ")");
        ValueAxis axis = a.log() ? new LogAxis(label) : new NumberAxis(label);
        if (axis instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
        axis.setLabelFont(style.font(1f));
        axis.setTickLabelFont(style.font(0.9f));
        if (a.hasRange()) {
            axis.setRange(a.min(), a.max());
        }
        return axis;
    }

    private void addSeries(XYPlot plot, int index, Series s) {
        Paint paint = style.colour(s.colour());
        String name = s.label().isEmpty() ? s.key() : LatexText.plain(s.label());
        boolean points = s.style() == Series.Style.POINTS || s.style() == Series.Style.HOLLOW_POINTS;
        if (points && s.yErr() != null) {
            YIntervalSeries ys = new YIntervalSeries(name, false, true);
            for (int i = 0; i < s.size(); i++) {
                ys.add(s.x()[i], s.y()[i], s.y()[i] - s.yErr()[i], s.y()[i] + s.yErr()[i]);
            }
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setSeriesPaint(0, paint);
            r.setSeriesShapesFilled(0, s.style() == Series.Style.POINTS);
            r.setSeriesVisibleInLegend(0, !s.label().isEmpty());
            plot.setDataset(index, new YIntervalSeriesCollection());
            ((YIntervalSeriesCollection) plot.getDataset(index)).addSeries(ys);
            plot.setRenderer(index, r);
            return;
        }
        XYSeries xs = new XYSeries(name, false, true);
        for (int i = 0; i < s.size(); i++) {
            xs.add(s.x()[i], Double.isFinite(s.y()[i]) ? s.y()[i] : Double.NaN);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(!points, points);
        r.setSeriesPaint(0, paint);
        r.setSeriesStroke(0, style.stroke(s.style()));
        r.setSeriesShapesFilled(0, s.style() == Series.Style.POINTS);
        r.setSeriesVisibleInLegend(0, !s.label().isEmpty());
        plot.setDataset(index, new XYSeriesCollection(xs));
        plot.setRenderer(index, r);
    }

    /** Convenience for default plain-text fonts. */
    static Font font(String family, float size) {
        return new Font(family, Font.PLAIN, Math.round(size));
    }
}
