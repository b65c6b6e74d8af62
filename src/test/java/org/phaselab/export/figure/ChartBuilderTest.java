package org.phaselab.export.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.export.SampleFigures;

class ChartBuilderTest {
    @Test
    void journalFrameMirrorsBothAxesWithInwardTicks() {
        XYPlot plot = new ChartBuilder(FigureStyle.JOURNAL).build(SampleFigures.entropy()).getXYPlot();
        assertEquals(2, plot.getDomainAxisCount());
        assertEquals(2, plot.getRangeAxisCount());
        for (int i = 0; i < 2; i++) {
            assertTrue(plot.getDomainAxis(i).getTickMarkInsideLength() > 0);
            assertEquals(0f, plot.getDomainAxis(i).getTickMarkOutsideLength());
            assertEquals(0f, plot.getRangeAxis(i).getTickMarkOutsideLength());
        }
        assertTrue(!plot.getDomainAxis(1).isTickLabelsVisible());
        plot.getDomainAxis().setRange(0.2, 0.4);
        assertEquals(plot.getDomainAxis().getRange(), plot.getDomainAxis(1).getRange(), "mirror follows zoom");
        assertTrue(!plot.isDomainGridlinesVisible());
    }

    @Test
    void screenStyleHasOneAxisEachAndLatexAxes() {
        JFreeChart chart = new ChartBuilder(FigureStyle.SCREEN).build(SampleFigures.entropy());
        XYPlot plot = chart.getXYPlot();
        assertEquals(1, plot.getDomainAxisCount());
        assertInstanceOf(LatexNumberAxis.class, plot.getDomainAxis());
        assertEquals("α", plot.getDomainAxis().getLabel());
        assertNull(chart.getLegend(), "the LaTeX legend is drawn inside the plot instead");
    }

    @Test
    void nanInALineIsAGapAndNanPointsAreLeftOut() {
        Figure f = new Figure("", Axis.auto("x"), Axis.auto("y"), List.of(
                new Series("line", "line", new double[]{0, 1, 2}, new double[]{1, Double.NaN, 3}, null,
                        Series.Style.LINE, 0),
                new Series("pts", "pts", new double[]{0, 1, 2}, new double[]{1, Double.NaN, 3},
                        new double[]{0.1, 0.1, 0.1}, Series.Style.HOLLOW_POINTS, 1)),
                List.of(), List.of(), "", Map.of());
        XYPlot plot = new ChartBuilder(FigureStyle.SCREEN).build(f).getXYPlot();
        XYDataset line = plot.getDataset(0);
        assertEquals(3, line.getItemCount(0));
        assertTrue(Double.isNaN(line.getYValue(0, 1)));
        XYLineAndShapeRenderer lr = (XYLineAndShapeRenderer) plot.getRenderer(0);
        assertTrue(lr.getDrawSeriesLineAsPath(), "one path per series, dashes run on");
        assertEquals(2, plot.getDataset(1).getItemCount(0));
        XYErrorRenderer er = assertInstanceOf(XYErrorRenderer.class, plot.getRenderer(1));
        assertEquals(Boolean.FALSE, er.getSeriesShapesFilled(0), "flagged points are hollow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCREEN", "PROJECTOR", "JOURNAL"})
    void everyStyleDrawsLogAxesAndEmptyFigures(String name) throws Exception {
        FigureStyle style = (FigureStyle) FigureStyle.class.getField(name).get(null);
        Figure log = new Figure("t", new Axis("N", "", 10, 1000, true), Axis.auto("\\varepsilon_g"),
                List.of(new Series("e", "\\varepsilon_g", new double[]{10, 100, 1000}, new double[]{0.3, 0.1, 0.01},
                        null, Series.Style.LINE, 0)), List.of(new Marker(100, "N^*", Marker.Kind.REFERENCE)),
                List.of(), "note", Map.of());
        Figure empty = new Figure("", Axis.auto(""), Axis.auto(""), List.of(), List.of(), List.of(), "", Map.of());
        for (Figure f : List.of(log, empty)) {
            JFreeChart chart = new ChartBuilder(style).build(f);
            BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            chart.draw(g, new Rectangle2D.Double(0, 0, 400, 300));
            g.dispose();
        }
        assertInstanceOf(LatexLogAxis.class, new ChartBuilder(style).build(log).getXYPlot().getDomainAxis());
    }

    @Test
    void axisLabelReservesRoomForTheFormula() {
        JFreeChart chart = new ChartBuilder(FigureStyle.JOURNAL).build(SampleFigures.entropy());
        BufferedImage img = new BufferedImage(244, 176, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 244, 176), info);
        g.dispose();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        // the y label (about 9 pt tall, rotated) and tick labels sit left of the data area
        assertTrue(data.getMinX() > 25, "left margin " + data.getMinX());
        assertTrue(176 - data.getMaxY() > 20, "bottom margin " + (176 - data.getMaxY()));
    }
}
