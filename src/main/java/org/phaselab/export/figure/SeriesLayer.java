package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One {@link Series} as a JFreeChart dataset and renderer at a given index of the plot.
 * Lines are drawn as one path per series (so dash patterns run on across points) and break at NaN;
 * points with NaN ordinates are left out; error bars are drawn when {@code yErr} is given.
 */
final class SeriesLayer {
    private SeriesLayer() {}

    /** Adds the series and returns its legend entry (null when the series has no label). */
    static LegendEntry add(XYPlot plot, int index, Series s, FigureStyle style) {
        if (s.style() == Series.Style.AREA || s.style() == Series.Style.TEXT) {
            return RegionLayer.add(plot, index, s, style);
        }
        Paint paint = style.colour(s.colour());
        Stroke stroke = style.stroke(s.style(), s.colour());
        Shape shape = style.shape(s.colour());
        boolean points = s.style() == Series.Style.POINTS || s.style() == Series.Style.HOLLOW_POINTS;
        boolean filled = s.style() == Series.Style.POINTS;
        String key = s.key() + "#" + index;
        XYLineAndShapeRenderer r;
        if (points && s.hasErrors()) {
            YIntervalSeries ys = new YIntervalSeries(key, false, true);
            for (int i = 0; i < s.size(); i++) {
                double e = Double.isFinite(s.yErr(i)) ? s.yErr(i) : 0;
                if (Double.isFinite(s.y(i)) && Double.isFinite(s.x(i))) {
                    ys.add(s.x(i), s.y(i), s.y(i) - e, s.y(i) + e);
                }
            }
            XYErrorRenderer er = new XYErrorRenderer();
            er.setDrawXError(false);
            er.setCapLength(style.markerSize() * 0.9);
            er.setErrorStroke(new BasicStroke(style.lineWidth() * 0.6f));
            plot.setDataset(index, new YIntervalSeriesCollection());
            ((YIntervalSeriesCollection) plot.getDataset(index)).addSeries(ys);
            r = er;
            r.setDefaultLinesVisible(false);
            r.setDefaultShapesVisible(true);
        } else {
            XYSeries xs = new XYSeries(key, false, true);
            for (int i = 0; i < s.size(); i++) {
                double y = Double.isFinite(s.y(i)) ? s.y(i) : Double.NaN;
                if (!points || !Double.isNaN(y)) {
                    xs.add(s.x(i), y);
                }
            }
            r = new XYLineAndShapeRenderer(!points, points);
            r.setDrawSeriesLineAsPath(true);
            plot.setDataset(index, new XYSeriesCollection(xs));
        }
        r.setSeriesPaint(0, paint);
        r.setSeriesStroke(0, stroke);
        r.setSeriesShape(0, shape);
        r.setSeriesShapesFilled(0, filled);
        r.setUseOutlinePaint(false);
        r.setSeriesVisibleInLegend(0, false);
        plot.setRenderer(index, r);
        if (s.label() == null || s.label().isBlank()) {
            return null;
        }
        LatexLabel label = new LatexLabel(s.label(), style.smallSize(), style.ink());
        return new LegendEntry(label, paint, points ? null : stroke, points ? shape : null, filled);
    }
}
