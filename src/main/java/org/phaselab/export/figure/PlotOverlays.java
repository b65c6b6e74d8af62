package org.phaselab.export.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** Marker labels and the legend over the data: the legend avoids the labels where it can, the labels the legend. */
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
        RectangleEdge edge = plot.getDomainAxisEdge();
        // the legend picks its corner knowing where the labels would go; a label it must cover after all (a small
        // plot) moves down or is left out, rather than showing through the legend's box
        Optional<Rectangle2D> box = legend.place(plot, dataArea, labels.layout(dataArea, domainAxis, edge));
        labels.draw(g2, dataArea, domainAxis, edge, box.map(List::of).orElse(List.of()));
        box.ifPresent(b -> legend.paint(g2, b));
    }

}
