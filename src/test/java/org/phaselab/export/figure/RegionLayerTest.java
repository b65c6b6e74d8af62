package org.phaselab.export.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Shaded regions and texts in the plot: polygons split at NaN, filled where they are and nowhere else. */
class RegionLayerTest {
    private static final double NAN = Double.NaN;

    @Test
    void areaIsSplitAtNanAndRunsTooShortForAPolygonAreDropped() {
        Series s = new Series("a", "", new double[]{0, 1, 1, NAN, 2, 3, NAN, 4, 5, 5, 4}, new double[]{0, 0, 1, NAN, 0, 0, NAN, 0, 0, 1, 1},
                null, Series.Style.AREA, 1);
        List<double[]> polygons = RegionLayer.polygons(s);
        assertEquals(2, polygons.size());
        assertEquals(6, polygons.get(0).length);
        assertEquals(8, polygons.get(1).length);
    }

    @Test
    void areaTintsInsideItsPolygonOnlyAndTextsStayOutOfTheLegend() {
        Series area = new Series("gap", "gap", new double[]{2, 4, 4, 2}, new double[]{2, 2, 8, 8}, null, Series.Style.AREA, 1);
        Series text = new Series("name", "UNSAT", new double[]{8}, new double[]{5}, null, Series.Style.TEXT, -1);
        Figure f = new Figure("", Axis.range("x", 0, 10), Axis.range("y", 0, 10), List.of(area, text), List.of(), List.of(), "",
                Map.of());
        JFreeChart chart = new ChartBuilder(FigureStyle.SCREEN).build(f);
        BufferedImage img = new BufferedImage(500, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 500, 400), info);
        g.dispose();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        int inside = img.getRGB(px(data, 2.5, true), px(data, 5.5, false)) & 0xFFFFFF;
        int outside = img.getRGB(px(data, 6.5, true), px(data, 1.5, false)) & 0xFFFFFF;
        assertEquals(0xFFFFFF, outside, "white where nothing is shaded");
        assertNotEquals(0xFFFFFF, inside, "tinted inside the polygon");
        int red = (inside >> 16) & 0xFF;
        int blue = inside & 0xFF;
        assertTrue(red > blue, "tinted with its palette colour (rose): " + Integer.toHexString(inside));
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot();
        assertEquals(null, RegionLayer.add(plot, 0, text, FigureStyle.SCREEN), "a text has no legend entry");
        assertTrue(RegionLayer.add(plot, 1, area, FigureStyle.SCREEN).filled(), "an area's legend entry is a filled swatch");
    }

    private static int px(Rectangle2D area, double v, boolean x) {
        return (int) Math.round(x ? area.getMinX() + area.getWidth() * v / 10 : area.getMaxY() - area.getHeight() * v / 10);
    }
}
