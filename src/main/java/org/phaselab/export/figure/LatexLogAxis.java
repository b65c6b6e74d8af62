package org.phaselab.export.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A logarithmic axis whose label is typeset by JLaTeXMath, with major ticks at whole decades
 * (labels 10^n) and minor ticks at 2..9 times each decade. Ranges shorter than a decade keep
 * JFreeChart's own ticks. {@link #getLabel()} keeps the plain text.
 */
public class LatexLogAxis extends LogAxis {
    private final transient LatexAxisLabel latex;

    public LatexLogAxis(LatexLabel label) {
        super(label.source().isBlank() ? null : LatexText.plain(label.source()));
        this.latex = new LatexAxisLabel(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double decades = calculateLog(getUpperBound()) - calculateLog(Math.max(getSmallestValue(), getLowerBound()));
        if (!(decades >= 1)) {
            return;
        }
        int maxTicks = LatexAxisLabel.maxTicks(getTickLabelFont().getSize2D(), dataArea, edge, 2);
        double step = Math.max(1, Math.ceil(getTickUnit().getSize()));
        while (decades / step > maxTicks) {
            step++;
        }
        setTickUnit(new NumberTickUnit(step, new DecimalFormat("0"), step == 1 ? 9 : 0), false, false);
    }

    /**
     * JFreeChart 1.5 skips the mark of a minor LogTick (it has no label) whenever tick labels are
     * visible; as plain NumberTicks with empty text the minor marks are drawn.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> ticks = new ArrayList<>();
        for (Object o : super.refreshTicks(g2, state, dataArea, edge)) {
            ValueTick t = (ValueTick) o;
            if (t.getTickType() == TickType.MAJOR && ticks.isEmpty() && getTickUnit().getMinorTickCount() == 9) {
                // JFreeChart starts minor ticks at the first decade; add those of the partial decade below it
                for (int k = 2; k <= 9; k++) {
                    double v = t.getValue() / 10 * k;
                    if (getRange().contains(v)) {
                        ticks.add(minor(v, t));
                    }
                }
            }
            ticks.add(t.getTickType() == TickType.MINOR ? minor(t.getValue(), t) : t);
        }
        return ticks;
    }

    private static ValueTick minor(double value, ValueTick like) {
        return new NumberTick(TickType.MINOR, value, "", like.getTextAnchor(), like.getRotationAnchor(), 0);
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
