package org.phaselab.export.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.ui.RectangleEdge;

/** A linear axis whose label is typeset by JLaTeXMath. {@link #getLabel()} keeps the plain text. */
public class LatexNumberAxis extends NumberAxis {
    private final transient LatexAxisLabel latex;

    public LatexNumberAxis(LatexLabel label) {
        super(label.source().isBlank() ? null : LatexText.plain(label.source()));
        this.latex = new LatexAxisLabel(label);
    }

    /**
     * JFreeChart picks the finest tick unit whose labels do not touch; a printed figure wants
     * fewer: at least 3.5 font sizes between horizontal labels and 2 between vertical ones.
     */
    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        int maxTicks = LatexAxisLabel.maxTicks(getTickLabelFont().getSize2D(), dataArea, edge, 3);
        TickUnit unit = getTickUnit();
        for (int guard = 0; guard < 8 && getRange().getLength() / unit.getSize() > maxTicks; guard++) {
            TickUnit larger = getStandardTickUnits().getLargerTickUnit(unit);
            if (larger == unit || larger.getSize() <= unit.getSize()) {
                break;
            }
            unit = larger;
        }
        if (unit != getTickUnit()) {
            setTickUnit((NumberTickUnit) unit, false, false);
        }
    }

    /** Tick labels with a true minus sign ({@link MinusSign}). */
    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        return MinusSign.apply(super.refreshTicks(g2, state, dataArea, edge), getTickLabelFont());
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
