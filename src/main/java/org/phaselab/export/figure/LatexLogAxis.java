package org.phaselab.export.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.ui.RectangleEdge;

/** A logarithmic axis whose label is typeset by JLaTeXMath. {@link #getLabel()} keeps the plain text. */
public class LatexLogAxis extends LogAxis {
    private final transient LatexAxisLabel latex;

    public LatexLogAxis(LatexLabel label) {
        super(label.source().isBlank() ? null : LatexText.plain(label.source()));
        this.latex = new LatexAxisLabel(label);
    }

    @Override
    protected Rectangle2D getLabelEnclosure(Graphics2D g2, RectangleEdge edge) {
        return getLabel() == null ? new Rectangle2D.Double() : latex.enclosure(getLabelInsets(), edge);
    }

    @Override
    protected AxisState drawLabel(String text, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        return text == null ? state : latex.draw(g2, dataArea, edge, state, getLabelInsets());
    }
}
