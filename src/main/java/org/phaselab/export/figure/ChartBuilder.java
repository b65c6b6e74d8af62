package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * Turns a {@link Figure} into a JFreeChart: one builder for the screen, files and the command line.
 * Works headless (no JavaFX). Axis labels, legend entries and marker labels are LaTeX, typeset by
 * JLaTeXMath (fonts: {@link LatexFonts}); the legend sits inside the plot in the emptiest corner,
 * so the chart has no JFreeChart legend ({@code chart.getLegend()} is null). In the journal style the
 * title and the note are left out (they belong in the caption; the bundle's JSON keeps both).
 */
public final class ChartBuilder {
    /** Share of the plotted data a legend inside the plot may cover in exported figures. */
    public static final double MAX_HIDDEN_SHARE = 0.01;
    /** Largest share of the chart's area a legend outside the plot may take; a larger one stays inside. */
    public static final double MAX_LEGEND_SHARE = 0.3;
    /** Share of the data an inside legend would cover beyond which it goes outside at up to {@link #MAX_COVERING_LEGEND_SHARE}. */
    public static final double MUCH_HIDDEN_SHARE = 0.05;
    /** Largest share of the chart's area a legend that inside would cover much of the data may take outside. */
    public static final double MAX_COVERING_LEGEND_SHARE = 0.45;
    /** Share of the data area beyond which a legend that fits nowhere is left out of a screen chart. */
    public static final double MAX_LEGEND_BOX_SHARE = 0.4;

    private final FigureStyle style;

    public ChartBuilder(FigureStyle style) {
        this.style = style;
    }

    /** The chart for the screen: any size, legend inside the plot. */
    public JFreeChart build(Figure figure) {
        return assemble(figure, null).chart();
    }

    /**
     * The chart for a known final size in points (files): a trial layout at that size decides
     * whether the legend fits inside the plot; if every corner would hide more than
     * {@link #MAX_HIDDEN_SHARE} of the data or a marker label, the legend goes above or right of the plot (whichever
     * leaves the data more room), unless both would take more than {@link #MAX_LEGEND_SHARE} of the chart (a small
     * plot on screen): then it stays inside, unless it would hide more than {@link #MUCH_HIDDEN_SHARE} of the data or a
     * marker label: such a legend goes outside while that leaves the data at least
     * 1 - {@link #MAX_COVERING_LEGEND_SHARE} of the chart. A screen chart too small for its legend anywhere (inside, it
     * would take more than {@link #MAX_LEGEND_BOX_SHARE} of the data area) leaves it out and says so above the plot;
     * its maximised view has room for it. A journal figure keeps its legend.
     */
    public JFreeChart build(Figure figure, double widthPt, double heightPt) {
        Assembled inside = assemble(figure, null);
        if (inside.legend().isEmpty()) {
            return inside.chart();
        }
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            inside.chart().draw(scratch, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            scratch.dispose();
        }
        if (inside.legend().hiddenShare() <= MAX_HIDDEN_SHARE) {
            return inside.chart();
        }
        // outside: above or to the right, whichever leaves the data more room; if both would take too much of it
        // (a small plot on screen), a legend over a little data is the lesser harm
        Assembled above = assemble(figure, RectangleEdge.TOP);
        Assembled right = assemble(figure, RectangleEdge.RIGHT);
        double aboveArea = widthPt * (heightPt - legendSize(above.chart(), widthPt).getHeight());
        double rightArea = (widthPt - legendSize(right.chart(), widthPt).getWidth()) * heightPt;
        double best = Math.max(aboveArea, rightArea);
        double maxShare = inside.legend().hiddenShare() > MUCH_HIDDEN_SHARE ? MAX_COVERING_LEGEND_SHARE : MAX_LEGEND_SHARE;
        if (best < (1 - maxShare) * widthPt * heightPt) {
            if (!style.journalFrame() && inside.legend().boxShare() > MAX_LEGEND_BOX_SHARE) {
                return assemble(figure, null, true).chart();
            }
            return inside.chart();
        }
        return aboveArea >= rightArea ? above.chart() : right.chart();
    }

    /** The legend's size as the chart will lay it out: within the chart's width less its padding. */
    private static Size2D legendSize(JFreeChart chart, double widthPt) {
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                if (chart.getSubtitle(i) instanceof LegendRow row) {
                    double w = widthPt - chart.getPadding().getLeft() - chart.getPadding().getRight()
                            - row.getPadding().getLeft() - row.getPadding().getRight();
                    return row.arrange(scratch, new RectangleConstraint(w, new Range(0, w),
                            LengthConstraintType.RANGE, 0, null, LengthConstraintType.NONE));
                }
            }
            return new Size2D(0, 0);
        } finally {
            scratch.dispose();
        }
    }

    private record Assembled(JFreeChart chart, LatexLegend legend) {}

    /** The chart with its legend inside the plot ({@code legendEdge} null), or above or right of it. */
    private Assembled assemble(Figure figure, RectangleEdge legendEdge) {
        return assemble(figure, legendEdge, false);
    }

    /** As above; {@code omitLegend}: no legend, a line above the plot saying it was left out. */
    private Assembled assemble(Figure figure, RectangleEdge legendEdge, boolean omitLegend) {
        boolean legendOutside = legendEdge != null || omitLegend;
        LatexFonts.registerForAwt();
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(figure.x(), true));
        plot.setRangeAxis(axis(figure.y(), true));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        LatexLegend legend = new LatexLegend(style);
        int index = 0;
        for (Series s : figure.series()) {
            LegendEntry entry = SeriesLayer.add(plot, index++, s, style);
            if (entry != null) {
                legend.add(entry);
            }
        }
        for (Band b : figure.bands()) {
            plot.addDomainMarker(new IntervalMarker(Math.min(b.from(), b.to()), Math.max(b.from(), b.to()),
                    new Color(0, 0, 0, 24)), Layer.BACKGROUND);
        }
        for (Marker mk : figure.markers()) {
            plot.addDomainMarker(marker(mk), Layer.FOREGROUND);
        }
        LatexLegend inside = legendOutside ? new LatexLegend(style) : legend;
        plot.addAnnotation(new PlotOverlays(new MarkerLabels(figure.markers(), figure.bands(), style), inside), false);
        if (style.journalFrame()) {
            JournalFrame.apply(plot, style, axis(figure.x(), false), axis(figure.y(), false));
        }
        // a journal figure has its title in the caption, not in the drawing; the status note neither
        boolean titled = !figure.title().isEmpty() && !style.journalFrame();
        JFreeChart chart = new JFreeChart(titled ? LatexText.plain(figure.title()) : null,
                style.font(1.1f), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        // room above and right for half of the last tick labels, which JFreeChart does not reserve
        chart.setPadding(new RectangleInsets(2 + style.fontSize() * 0.4, 2, 2 + style.fontSize() * 0.2, 2 + style.fontSize()));
        if (!figure.note().isEmpty() && !style.journalFrame()) {
            TextTitle note = new TextTitle(figure.note(), style.font(0.85f).deriveFont(Font.ITALIC));
            note.setPaint(new Color(0x555555));
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(note);
        }
        if (omitLegend) {
            TextTitle left = new TextTitle("legend hidden at this size: maximise the plot", style.font(0.75f).deriveFont(Font.ITALIC));
            left.setPaint(new Color(0x555555));
            left.setPosition(RectangleEdge.TOP);
            chart.addSubtitle(left);
        } else if (legendOutside) {
            chart.addSubtitle(new LegendRow(legend.entries(), style, legendEdge));
        }
        return new Assembled(chart, legend);
    }

    private ValueMarker marker(Marker mk) {
        ValueMarker m = new ValueMarker(mk.x());
        float w = style.lineWidth() * 0.8f;
        m.setPaint(mk.kind() == Marker.Kind.CURSOR ? new Color(0x888888) : new Color(0x333333));
        m.setStroke(switch (mk.kind()) {
            case TRANSITION -> new BasicStroke(w);
            case SPINODAL -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[]{4f * w, 2.5f * w}, 0f);
            case REFERENCE, CURSOR -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[]{1.5f * w, 2f * w}, 0f);
        });
        return m;
    }

    private ValueAxis axis(Axis a, boolean withLabel) {
        String text = withLabel ? LabelText.withUnit(a.label(), a.unit()) : "";
        LatexLabel label = new LatexLabel(text, style.labelSize(), style.ink());
        ValueAxis axis = a.log() ? new LatexLogAxis(label) : new LatexNumberAxis(label);
        if (axis instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
        axis.setLabelFont(style.font(1.06f));
        axis.setTickLabelFont(style.font(0.94f));
        axis.setTickLabelPaint(style.ink());
        // a third of the font size between a vertical label and its tick labels: a LaTeX label's descender (the
        // phi of phi_FP(d), reading upwards) otherwise touched the tick labels
        double side = Math.max(2, style.fontSize() * 0.3);
        axis.setLabelInsets(new RectangleInsets(style.fontSize() * 0.2, side, style.fontSize() * 0.2, side));
        if (a.hasRange()) {
            axis.setRange(a.min(), a.max());
        }
        return axis;
    }

    /** Convenience for default plain-text fonts. */
    static Font font(String family, float size) {
        return new Font(family, Font.PLAIN, Math.round(size));
    }
}
