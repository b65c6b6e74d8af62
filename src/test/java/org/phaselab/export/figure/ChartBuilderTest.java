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

    @Test
    void logAxesTickWholeDecadesWithMinorTicksAtTwoToNine() {
        JFreeChart chart = new ChartBuilder(FigureStyle.JOURNAL).build(SampleFigures.learningCurve());
        BufferedImage img = new BufferedImage(244, 176, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 244, 176), info);
        var y = chart.getXYPlot().getRangeAxis();
        List<?> ticks = y.refreshTicks(g, new org.jfree.chart.axis.AxisState(), info.getPlotInfo().getDataArea(),
                org.jfree.chart.ui.RectangleEdge.LEFT);
        g.dispose();
        List<Double> major = new java.util.ArrayList<>();
        int minor = 0;
        for (Object o : ticks) {
            var t = (org.jfree.chart.axis.ValueTick) o;
            if (t.getTickType() == org.jfree.chart.axis.TickType.MAJOR) {
                major.add(t.getValue());
            } else {
                minor++;
                assertEquals("", t.getText(), "minor ticks are plain ticks, so JFreeChart draws their marks");
            }
        }
        assertEquals(List.of(0.01, 0.1, 1.0), major);
        assertEquals(5 + 8 + 8, minor, "0.005..0.009, 0.02..0.09, 0.2..0.9");
    }

    @Test
    void journalFiguresLeaveTitleAndNoteToTheCaption() {
        Figure f = new Figure("Entropy of solutions", Axis.auto("\\alpha"), Axis.auto("s"), List.of(), List.of(),
                List.of(), "2 points did not converge", Map.of());
        JFreeChart journal = new ChartBuilder(FigureStyle.JOURNAL).build(f);
        JFreeChart screen = new ChartBuilder(FigureStyle.SCREEN).build(f);
        assertNull(journal.getTitle());
        assertEquals(0, journal.getSubtitleCount());
        assertEquals("Entropy of solutions", screen.getTitle().getText());
        assertEquals(1, screen.getSubtitleCount(), "the note under the plot");
    }

    @Test
    void exportedLegendMovesAbovePlotOnlyWhenInsideItWouldHideData() {
        double w = 8.6 / 2.54 * 72;
        double h = w * 0.72;
        JFreeChart crowded = new ChartBuilder(FigureStyle.JOURNAL).build(SampleFigures.entropy(), w, h);
        JFreeChart sparse = new ChartBuilder(FigureStyle.JOURNAL).build(SampleFigures.learningCurve(), w, h);
        assertEquals(1, crowded.getSubtitleCount());
        assertInstanceOf(LegendRow.class, crowded.getSubtitle(0));
        assertEquals(0, sparse.getSubtitleCount(), "legend stays inside the plot");
    }

    @Test
    void aScreenChartTooSmallForItsLegendLeavesItOutAndSaysSoButAJournalFigureKeepsIt() {
        List<Series> series = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            series.add(new Series("s" + i, "a rather long legend entry number " + i + " for a narrow plot",
                    new double[]{0, 1, 2, 3}, new double[]{i, i + 1, i + 2, i + 3}, null, Series.Style.LINE, i));
        }
        Figure f = new Figure("", Axis.auto("x"), Axis.auto("y"), series, List.of(), List.of(), "", Map.of());
        JFreeChart small = new ChartBuilder(FigureStyle.PROJECTOR.scaledTo(300, 260)).build(f, 300, 260);
        assertEquals(1, small.getSubtitleCount());
        org.jfree.chart.title.TextTitle said = assertInstanceOf(org.jfree.chart.title.TextTitle.class, small.getSubtitle(0));
        assertTrue(said.getText().startsWith("legend hidden"), said.getText());
        JFreeChart large = new ChartBuilder(FigureStyle.PROJECTOR).build(f, 1000, 800);
        assertTrue(java.util.stream.IntStream.range(0, large.getSubtitleCount())
                .noneMatch(i -> large.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle),
                "a plot with room keeps its legend");
        JFreeChart journal = new ChartBuilder(FigureStyle.JOURNAL).build(f, 120, 100);
        assertTrue(java.util.stream.IntStream.range(0, journal.getSubtitleCount())
                .noneMatch(i -> journal.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle), "a journal figure keeps it");
    }

    @Test
    void legendRowWrapsIntoAsManyColumnsAsFit() {
        java.awt.Color ink = java.awt.Color.BLACK;
        List<LegendEntry> entries = new java.util.ArrayList<>();
        for (String l : List.of("a", "b", "c", "d")) {
            entries.add(new LegendEntry(new LatexLabel(l, 8f, ink), ink, new java.awt.BasicStroke(1f), null, false));
        }
        LegendRow row = new LegendRow(entries, FigureStyle.JOURNAL);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        var wide = row.arrange(g, widthAtMost(500));
        double oneEntry = entries.get(0).width(FigureStyle.JOURNAL);
        var narrow = row.arrange(g, widthAtMost(oneEntry * 2.5));
        g.dispose();
        // four entries: one row when wide, two rows when narrow (plus a fixed gap under the legend)
        double ratio = narrow.getHeight() / wide.getHeight();
        assertTrue(ratio > 1.7 && ratio < 2.0, "height ratio " + ratio);
        assertTrue(narrow.getWidth() <= oneEntry * 2.5);
    }

    @Test
    void markerLabelsUnderALegendThatMustStayInsideMoveDownOrAreLeftOut() {
        List<Marker> markers = List.of(new Marker(0.5, "0.500", Marker.Kind.TRANSITION),
                new Marker(0.55, "0.550", Marker.Kind.TRANSITION));
        MarkerLabels labels = new MarkerLabels(markers, List.of(new Band(0.6, 0.62, "band")), FigureStyle.PROJECTOR);
        org.jfree.chart.axis.NumberAxis x = new org.jfree.chart.axis.NumberAxis();
        x.setRange(0, 1);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 200);
        var edge = org.jfree.chart.ui.RectangleEdge.BOTTOM;
        List<Rectangle2D> free = labels.layout(area, x, edge);
        assertEquals(3, free.size(), "with nothing in the way every label has a place");
        // a legend over the right half of the upper part and over the band's label
        Rectangle2D legend = new Rectangle2D.Double(190, 0, 210, 200);
        Graphics2D g = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<Rectangle2D> drawn = labels.draw(g, area, x, edge, List.of(legend));
        g.dispose();
        for (Rectangle2D r : drawn) {
            assertTrue(!r.intersects(legend), "a label showing through the legend: " + r);
        }
        assertTrue(drawn.size() < 3, "labels with no room left out");
    }

    /** The constraint JFreeChart gives a title at the top: any width up to w. */
    private static org.jfree.chart.block.RectangleConstraint widthAtMost(double w) {
        return new org.jfree.chart.block.RectangleConstraint(w, new org.jfree.data.Range(0, w),
                org.jfree.chart.block.LengthConstraintType.RANGE, 100, new org.jfree.data.Range(0, 100),
                org.jfree.chart.block.LengthConstraintType.RANGE);
    }
}
