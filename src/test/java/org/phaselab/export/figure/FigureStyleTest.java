package org.phaselab.export.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureStyleTest {
    @Test
    void paletteIsPaulTolBright() {
        int[] bright = {0x4477AA, 0xEE6677, 0x228833, 0xCCBB44, 0x66CCEE, 0xAA3377};
        for (int i = 0; i < bright.length; i++) {
            assertEquals(bright[i], ((Color) FigureStyle.JOURNAL.colour(i)).getRGB() & 0xFFFFFF);
        }
        assertEquals(FigureStyle.JOURNAL.colour(0), FigureStyle.JOURNAL.colour(6), "cycles over six colours");
    }

    @Test
    void journalPairsEachColourWithItsOwnDashAndShape() {
        Set<String> dashes = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (int c = 0; c < 6; c++) {
            float[] d = FigureStyle.JOURNAL.dashes(Series.Style.LINE, c);
            dashes.add(d == null ? "solid" : java.util.Arrays.toString(d));
            shapes.add(FigureStyle.shapeName(c));
        }
        assertEquals(6, dashes.size());
        assertEquals(6, shapes.size());
        assertNull(FigureStyle.JOURNAL.dashes(Series.Style.LINE, 0), "first colour is solid");
        assertNull(FigureStyle.SCREEN.dashes(Series.Style.LINE, 3), "screen lines stay solid");
        assertNotNull(FigureStyle.SCREEN.dashes(Series.Style.DASHED, 0));
    }

    @Test
    void journalFontsAreEightToNinePoints() {
        assertTrue(FigureStyle.JOURNAL.smallSize() >= 7.9 && FigureStyle.JOURNAL.smallSize() <= 8.1);
        assertTrue(FigureStyle.JOURNAL.labelSize() >= 8.9 && FigureStyle.JOURNAL.labelSize() <= 9.1);
    }

    @Test
    void threeArgumentFormStaysAScreenStyle() {
        FigureStyle s = new FigureStyle("Serif", 10f, 1f);
        assertEquals(false, s.journalFrame());
        assertArrayEquals(new float[]{3.5f, 2.5f}, s.dashes(Series.Style.DASHED, 0));
    }
}
