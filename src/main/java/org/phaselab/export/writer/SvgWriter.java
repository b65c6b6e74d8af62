package org.phaselab.export.writer;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * SVG of one chart, sized in points. Text is written as vector outlines
 * ({@code VALUE_DRAW_STRING_TYPE_VECTOR}): with {@code <text>} elements the JLaTeXMath glyphs
 * would be looked up in fonts the viewer does not have and come out wrong.
 */
public final class SvgWriter {
    private SvgWriter() {}

    public static void write(JFreeChart chart, double widthPt, double heightPt, OutputStream out) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(widthPt, heightPt, SVGUnits.PT);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        // a viewBox in points, so that width/height in pt scale the drawing instead of cropping it
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g2.getSVGElement(null, true, new ViewBox(0, 0, widthPt, heightPt), null, null) + "\n";
        out.write(svg.getBytes(StandardCharsets.UTF_8));
    }
}
