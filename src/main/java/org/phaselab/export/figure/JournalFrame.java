package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The journal look of a plot: a closed frame with ticks pointing inward on all four sides (the
 * top and right axes mirror the bottom and left ones, without labels) and no grid.
 */
final class JournalFrame {
    private JournalFrame() {}

    static void apply(XYPlot plot, FigureStyle style, ValueAxis xMirror, ValueAxis yMirror) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(style.lineWidth() * 0.7f));
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        plot.setDomainAxis(1, xMirror);
        plot.setDomainAxisLocation(1, AxisLocation.TOP_OR_RIGHT);
        plot.setRangeAxis(1, yMirror);
        plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_RIGHT);
        for (ValueAxis a : new ValueAxis[]{x, y, xMirror, yMirror}) {
            inwardTicks(a, style);
        }
        mirror(x, xMirror);
        mirror(y, yMirror);
    }

    private static void inwardTicks(ValueAxis a, FigureStyle style) {
        a.setAxisLineVisible(false);
        a.setTickMarkInsideLength(style.fontSize() * 0.42f);
        a.setTickMarkOutsideLength(0f);
        a.setTickMarkPaint(Color.BLACK);
        a.setTickMarkStroke(new BasicStroke(style.lineWidth() * 0.7f));
        a.setMinorTickMarksVisible(true);
        a.setMinorTickCount(2);
        a.setMinorTickMarkInsideLength(style.fontSize() * 0.22f);
        a.setMinorTickMarkOutsideLength(0f);
        a.setTickLabelInsets(new RectangleInsets(2, 2, 2, 2));
    }

    private static void mirror(ValueAxis main, ValueAxis copy) {
        copy.setTickLabelsVisible(false);
        copy.setAutoRange(false);
        copy.setRange(main.getRange());
        main.addChangeListener(e -> copy.setRange(main.getRange(), true, false));
    }
}
