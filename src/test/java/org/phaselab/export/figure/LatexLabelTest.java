package org.phaselab.export.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatexLabelTest {
    @ParameterizedTest
    @ValueSource(strings = {"\\alpha", "\\kappa", "\\phi_{FP}(d)", "\\varepsilon_g", "\\tilde{\\kappa}",
        "training error \\varepsilon_g", "\\frac{1}{2", "100% of $\\alpha$"})
    void everyLabelTypesetsToAVisibleBox(String label) {
        LatexLabel l = new LatexLabel(label, 9f, Color.BLACK);
        assertTrue(l.width() > 3 && l.height() > 3, label + ": " + l.width() + " x " + l.height());
        assertTrue(l.height() < 30, "one line at 9 pt: " + l.height());
        assertTrue(inkedPixels(l) > 10, "draws something");
    }

    @ParameterizedTest
    @ValueSource(floats = {8.5f, 13f, 22f})
    void sizeFollowsTheFontSize(float pt) {
        LatexLabel l = new LatexLabel("\\alpha", pt, Color.BLACK);
        // an italic alpha is about 0.64 em wide in Computer Modern
        assertTrue(l.width() > 0.45 * pt && l.width() < 0.9 * pt, pt + " pt -> width " + l.width());
    }

    private static int inkedPixels(LatexLabel l) {
        BufferedImage img = new BufferedImage(800, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 240);
        g.scale(4, 4);
        l.draw(g, 5.5, 5.5);
        g.dispose();
        int n = 0;
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 800; x++) {
                n += (img.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return n;
    }
}
