package org.phaselab.export.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaselab.export.SampleFigures;

/** The UI's side of the LaTeX fonts: loaded into JavaFX under the names FXGraphics2D looks up. */
class LatexFontsFxTest {
    @BeforeAll
    static void startFx() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
    }

    @Test
    void everyLatexFontLoadsIntoJavaFxUnderItsAwtFamilyName() throws Exception {
        Set<String> fx = new HashSet<>();
        Set<String> awt = new HashSet<>();
        for (URL url : LatexFonts.resourceUrls()) {
            Font f = Font.loadFont(url.toExternalForm(), 10);
            fx.add(f.getFamily());
            try (InputStream in = url.openStream()) {
                awt.add(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).getFamily());
            }
        }
        assertEquals(30, LatexFonts.resourceUrls().size());
        assertEquals(awt, fx);
    }

    @Test
    void chartDrawsOnAJavaFxCanvas() throws Exception {
        for (URL url : LatexFonts.resourceUrls()) {
            Font.loadFont(url.toExternalForm(), 10);
        }
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(560, 360);
                FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
                new ChartBuilder(FigureStyle.SCREEN).build(SampleFigures.entropy())
                        .draw(g2, new Rectangle2D.Double(0, 0, 560, 360));
                shot.complete(canvas.snapshot(null, null));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        WritableImage img = shot.get(30, TimeUnit.SECONDS);
        var buffered = SwingFXUtils.fromFXImage(img, null);
        String out = System.getenv("PHASELAB_FX_SHOT");
        if (out != null) {
            ImageIO.write(buffered, "png", new File(out));
        }
        var awt = new java.awt.image.BufferedImage(560, 360, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = awt.createGraphics();
        new ChartBuilder(FigureStyle.SCREEN).build(SampleFigures.entropy()).draw(g, new Rectangle2D.Double(0, 0, 560, 360));
        g.dispose();
        // the same chart through JavaFX and through AWT puts down about the same amount of ink, counted as coverage
        // (the two rasterisers antialias differently, so a count of dark pixels differs by 25% on identical text);
        // missing or wrong glyphs would not: the left strip holds only text (tick labels, the LaTeX axis label)
        double fxInk = ink(buffered, 560);
        double awtInk = ink(awt, 560);
        assertTrue(awtInk > 300, "AWT ink " + awtInk);
        assertEquals(1.0, fxInk / awtInk, 0.15, "JavaFX ink " + fxInk + " vs AWT " + awtInk);
        double fxText = ink(buffered, 55);
        double awtText = ink(awt, 55);
        assertTrue(awtText > 100, "AWT text ink " + awtText);
        assertEquals(1.0, fxText / awtText, 0.15, "JavaFX text ink " + fxText + " vs AWT " + awtText);
    }

    /** Dark coverage of the columns left of {@code width}, in pixels: sum of (1 - luminance). */
    private static double ink(java.awt.image.BufferedImage img, int width) {
        double n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < Math.min(width, img.getWidth()); x++) {
                int rgb = img.getRGB(x, y);
                double lum = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 765.0;
                n += 1 - lum;
            }
        }
        return n;
    }
}
