package org.phaselab.ui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.overlay.OverlayFX;
import org.jfree.chart.panel.AbstractOverlay;

/**
 * Keeps each redraw of a chart canvas in its own fonts and colours. FXGraphics2D skips a {@code setFont} (and
 * {@code setPaint}, {@code setStroke}) equal to the last one it applied, but the canvas restores the JavaFX graphics
 * context after each drawing; so the next drawing's first text, if in the font the last one ended with, came out in
 * JavaFX's default font (the x tick labels of a plot with its legend inside were drawn small). Painted last, this
 * overlay leaves FXGraphics2D holding a font, paint and stroke no chart uses, so the next drawing applies its own.
 */
final class FreshGraphicsState extends AbstractOverlay implements OverlayFX {
    private static final Font NO_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);
    private static final Color NO_PAINT = new Color(1, 2, 3, 0);

    @Override
    public void paintOverlay(Graphics2D g2, ChartCanvas canvas) {
        g2.setFont(NO_FONT);
        g2.setPaint(NO_PAINT);
        g2.setStroke(new BasicStroke(0.01f)); // compared by identity: a new one is never the last one
    }

    /** Swing's variant, never used: the charts are on JavaFX canvases. */
    @Override
    public void paintOverlay(Graphics2D g2, org.jfree.chart.ChartPanel panel) {}
}
