package org.phaselab.export.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Size and drawing of a LaTeX axis label, shared by {@link LatexNumberAxis} and {@link LatexLogAxis}.
 * Mirrors JFreeChart's {@code Axis.drawLabel}: the label sits outside the tick labels, centred on
 * the data area, reading upwards on a vertical axis.
 */
final class LatexAxisLabel {
    private final LatexLabel label;

    LatexAxisLabel(LatexLabel label) {
        this.label = label;
    }

    Rectangle2D enclosure(RectangleInsets in, RectangleEdge edge) {
        double w = label.width();
        double h = label.height();
        if (RectangleEdge.isLeftOrRight(edge)) {
            return new Rectangle2D.Double(0, 0, h + in.getLeft() + in.getRight(), w + in.getTop() + in.getBottom());
        }
        return new Rectangle2D.Double(0, 0, w + in.getLeft() + in.getRight(), h + in.getTop() + in.getBottom());
    }

    AxisState draw(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge, AxisState state, RectangleInsets in) {
        double w = label.width();
        double h = label.height();
        double c = state.getCursor();
        if (edge == RectangleEdge.BOTTOM) {
            label.draw(g2, dataArea.getCenterX() - w / 2, c + in.getTop());
            state.cursorDown(in.getTop() + h + in.getBottom());
        } else if (edge == RectangleEdge.TOP) {
            label.draw(g2, dataArea.getCenterX() - w / 2, c - in.getBottom() - h);
            state.cursorUp(in.getTop() + h + in.getBottom());
        } else if (edge == RectangleEdge.LEFT) {
            label.drawUpwards(g2, c - in.getRight() - h, dataArea.getCenterY() - w / 2);
            state.cursorLeft(in.getLeft() + h + in.getRight());
        } else {
            label.drawUpwards(g2, c + in.getLeft(), dataArea.getCenterY() - w / 2);
            state.cursorRight(in.getLeft() + h + in.getRight());
        }
        return state;
    }

    /**
     * How many tick labels fit along the data area: a printed figure wants at least 3.5 font sizes between horizontal
     * labels and 2 between vertical ones (JFreeChart only keeps them from touching); never fewer than {@code least}.
     */
    static int maxTicks(double fontSize, Rectangle2D dataArea, RectangleEdge edge, int least) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        double length = horizontal ? dataArea.getWidth() : dataArea.getHeight();
        return Math.max(least, (int) (length / (fontSize * (horizontal ? 3.5 : 2.0))));
    }
}
