package org.phaselab.export.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** Marker labels and the legend, drawn over the data in that order so the legend avoids the labels. */
final class PlotOverlays extends AbstractXYAnnotation {
    private final transient MarkerLabels labels;
    private final transient LatexLegend legend;

    PlotOverlays(MarkerLabels labels, LatexLegend legend) {
        this.labels = labels;
        this.legend = legend;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        List<Rectangle2D> taken = labels.draw(g2, dataArea, domainAxis, plot.getDomainAxisEdge());
        legend.draw(g2, plot, dataArea, taken);
    }

}
