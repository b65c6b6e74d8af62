package org.phaselab.ui.common;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.phaselab.export.figure.Figure;

/**
 * The crosshair of a plot: over the data area it snaps to the nearest data point within a finger's width and the
 * view's readout names its curve and value; elsewhere it follows the mouse and reads the position.
 */
final class Crosshair implements ChartMouseListenerFX {
    /** How near (pixels) the mouse must be to a point for the crosshair to snap to it. */
    private static final double SNAP_RADIUS = 28;
    private final FigureView view;
    private final ChartViewer viewer;

    private Crosshair(FigureView view, ChartViewer viewer) {
        this.view = view;
        this.viewer = viewer;
    }

    static void attach(FigureView view, ChartViewer viewer) {
        viewer.addChartMouseListener(new Crosshair(view, viewer));
        viewer.setOnMouseExited(e -> view.setReadout(""));
    }

    /** A new chart starts with its crosshair hidden; it shows once the mouse is over the data. */
    static void prepare(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        plot.setDomainCrosshairVisible(false);
        plot.setRangeCrosshairVisible(false);
        plot.setDomainCrosshairLockedOnData(false);
        plot.setRangeCrosshairLockedOnData(false);
    }

    @Override
    public void chartMouseClicked(ChartMouseEventFX event) {}

    @Override
    public void chartMouseMoved(ChartMouseEventFX event) {
        JFreeChart chart = event.getChart();
        Figure f = view.drawnFigure();
        if (chart == null || f == null || viewer.getCanvas().getRenderingInfo() == null) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        double sx = event.getTrigger().getX();
        double sy = event.getTrigger().getY();
        if (!area.contains(sx, sy)) {
            view.setReadout("");
            plot.setDomainCrosshairVisible(false);
            plot.setRangeCrosshairVisible(false);
            return;
        }
        Optional<NearestPoint> near = NearestPoint.find(f, sx, sy, SNAP_RADIUS,
                x -> plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()),
                y -> plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
        double x = near.map(NearestPoint::x).orElse(plot.getDomainAxis().java2DToValue(sx, area, plot.getDomainAxisEdge()));
        double y = near.map(NearestPoint::y).orElse(plot.getRangeAxis().java2DToValue(sy, area, plot.getRangeAxisEdge()));
        plot.setDomainCrosshairVisible(true);
        plot.setRangeCrosshairVisible(true);
        plot.setDomainCrosshairValue(x, false);
        plot.setRangeCrosshairValue(y, true);
        view.setReadout(near.map(p -> p.readout(f)).orElse(NearestPoint.position(f, x, y)));
    }
}
