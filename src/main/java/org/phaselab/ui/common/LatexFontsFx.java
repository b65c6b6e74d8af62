package org.phaselab.ui.common;

import java.net.URL;
import javafx.scene.text.Font;
import org.phaselab.export.figure.LatexFonts;

/**
 * Loads JLaTeXMath's fonts into JavaFX once: the on-screen charts draw LaTeX through FXGraphics2D,
 * which looks fonts up by name, and without them every formula comes out as wrong glyphs.
 */
public final class LatexFontsFx {
    private static boolean loaded;

    private LatexFontsFx() {}

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (URL url : LatexFonts.resourceUrls()) {
            Font.loadFont(url.toExternalForm(), 10);
        }
        loaded = true;
    }
}
