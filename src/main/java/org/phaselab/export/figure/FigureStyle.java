package org.phaselab.export.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

/**
 * Fonts, line widths and colours of a figure: screen, projector (lecture mode) and journal.
 * Colours: Paul Tol's colour-blind-safe 'bright' scheme (https://personal.sron.nl/~pault/).
 */
public record FigureStyle(String fontFamily, float fontSize, float lineWidth) {
    private static final Color[] BRIGHT = {
        new Color(0x4477AA), new Color(0xEE6677), new Color(0x228833), new Color(0xCCBB44),
        new Color(0x66CCEE), new Color(0xAA3377), new Color(0xBBBBBB)
    };

    public static final FigureStyle SCREEN = new FigureStyle("SansSerif", 13f, 2f);
    public static final FigureStyle PROJECTOR = new FigureStyle("SansSerif", 22f, 3.5f);
    public static final FigureStyle JOURNAL = new FigureStyle("Serif", 8.5f, 1f);

    public Font font(float scale) {
        return new Font(fontFamily, Font.PLAIN, Math.max(1, Math.round(fontSize * scale)));
    }

    /** Palette colour i (cycled); negative for neutral grey. */
    public Paint colour(int i) {
        return i < 0 ? new Color(0x777777) : BRIGHT[i % (BRIGHT.length - 1)];
    }

    public Stroke stroke(Series.Style s) {
        return switch (s) {
            case DASHED -> new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[]{5f * lineWidth, 3f * lineWidth}, 0f);
            case UNPHYSICAL -> new BasicStroke(lineWidth * 0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[]{1f, 2.5f * lineWidth}, 0f);
            default -> new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        };
    }
}
