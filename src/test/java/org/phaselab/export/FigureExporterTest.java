package org.phaselab.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.export.figure.Series;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class FigureExporterTest {
    private static final double PT_PER_CM = 72 / 2.54;

    @TempDir
    Path dir;

    @Test
    void pdfHasTheRequestedPageSizeAndNoType3OrUnembeddedFonts() throws Exception {
        Path pdf = dir.resolve("fig.pdf");
        FigureExporter.export(SampleFigures.entropy(), pdf, ExportOptions.oneColumn().withHeight(6.0));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(8.6 * PT_PER_CM, page.getMediaBox().getWidth(), 0.01, "width in pt");
            assertEquals(6.0 * PT_PER_CM, page.getMediaBox().getHeight(), 0.01, "height in pt");
            List<PDFont> fonts = new ArrayList<>();
            int[] pathOps = {0};
            collect(page.getResources(), fonts, pathOps);
            for (PDFont f : fonts) {
                assertFalse(f instanceof PDType3Font, "Type 3 font " + f.getName());
                assertTrue(f.isEmbedded(), "font not embedded: " + f.getName());
            }
            // text is drawn as glyph outlines: the page holds thousands of path operators
            assertTrue(pathOps[0] > 2000, "path content bytes " + pathOps[0]);
        }
    }

    private static void collect(PDResources res, List<PDFont> fonts, int[] contentBytes) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            fonts.add(res.getFont(n));
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) {
                try (var in = form.getContentStream().createInputStream()) {
                    contentBytes[0] += in.readAllBytes().length;
                }
                collect(form.getResources(), fonts, contentBytes);
            }
        }
    }

    @Test
    void svgIsValidXmlWithOneStrokedPathPerSeries() throws Exception {
        Figure f = threeLines();
        Path svg = dir.resolve("fig.svg");
        FigureExporter.export(f, svg, ExportOptions.oneColumn());
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getDocumentElement().getAttribute("width").endsWith("pt"));
        NodeList paths = doc.getElementsByTagName("path");
        for (Series s : f.series()) {
            Color c = (Color) FigureStyle.JOURNAL.colour(s.colour());
            String rgb = "stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
            int count = 0;
            for (int i = 0; i < paths.getLength(); i++) {
                String style = styleOf(paths.item(i)).replace(" ", "");
                if (style.contains(rgb) && style.contains("fill:none")) {
                    count++;
                }
            }
            assertEquals(1, count, "stroked paths of series " + s.key());
        }
    }

    private static String styleOf(Node n) {
        for (Node p = n; p instanceof Element e; p = p.getParentNode()) {
            if (e.getAttribute("style").contains("stroke")) {
                return e.getAttribute("style");
            }
        }
        return "";
    }

    @Test
    void pngHasTheRequestedPixelSize() throws Exception {
        Path png = dir.resolve("fig.png");
        ExportOptions o = ExportOptions.oneColumn().withDpi(300);
        FigureExporter.export(SampleFigures.entropy(), png, o);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(Math.round(8.6 / 2.54 * 300), img.getWidth());
        assertEquals(Math.round(8.6 * ExportOptions.ASPECT / 2.54 * 300), img.getHeight());
        assertTrue(darkPixels(img) > 1000, "the image has drawing on it");
    }

    @Test
    void defaultResolutionIs600Dpi() {
        assertEquals(600, ExportOptions.oneColumn().dpi());
        assertEquals(2031, ExportOptions.oneColumn().widthPx());
        assertEquals(4205, ExportOptions.twoColumn().widthPx());
    }

    private static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                n += (img.getRGB(x, y) & 0xFF) < 100 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void unknownExtensionIsADomainError() {
        ExportException e = assertThrows(ExportException.class,
                () -> FigureExporter.export(SampleFigures.entropy(), dir.resolve("fig.jpg"), ExportOptions.oneColumn()));
        assertTrue(e.getMessage().contains(".jpg") && e.getMessage().contains(".pdf"), e.getMessage());
    }

    @Test
    void unwritablePathNamesThePathAndLeavesTheOldFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("fig.pdf");
        ExportException e = assertThrows(ExportException.class,
                () -> FigureExporter.export(SampleFigures.entropy(), target, ExportOptions.oneColumn()));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void bundleHoldsFigureCsvParametersAndScript() throws Exception {
        Path bundle = dir.resolve("bundle");
        FigureExporter.export(SampleFigures.entropy(), dir.resolve("fig.svg"), ExportOptions.oneColumn(), bundle);
        for (String name : List.of("fig.svg", "data.csv", "parameters.json", "plot.py")) {
            assertTrue(Files.size(bundle.resolve(name)) > 100, name);
        }
        var json = org.phaselab.export.bundle.FigureSpec.mapper().readTree(bundle.resolve("parameters.json").toFile());
        assertAll(
                () -> assertEquals(42, json.get("seed").asInt()),
                () -> assertEquals(1001, json.get("parameters").get("N").asInt()),
                () -> assertEquals("binary perceptron", json.get("parameters").get("model").asText()),
                () -> assertEquals(6, json.get("figure").get("series").size()));
        String script = Files.readString(bundle.resolve("plot.py"));
        assertTrue(script.contains("\"s_kappa05\"") && !script.contains("__FIGURE_JSON__"));
    }

    private static Figure threeLines() {
        double[] x = {0, 1, 2, 3, 4, 5};
        List<Series> s = List.of(
                new Series("a", "a", x, new double[]{0, 1, 4, 9, 16, 25}, null, Series.Style.LINE, 0),
                new Series("b", "b", x, new double[]{0, 1, Double.NaN, 3, 4, 5}, null, Series.Style.LINE, 1),
                new Series("c", "\\phi_{FP}(d)", x, new double[]{5, 4, 3, 2, 1, 0}, null, Series.Style.DASHED, 2));
        return new Figure("", Axis.auto("x"), Axis.auto("y"), s, List.of(), List.of(), "", Map.of());
    }

    @Test
    void optionsRejectSizesOutsideReason() {
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.width(0.5));
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.oneColumn().withDpi(10));
        assertNotNull(ExportOptions.width(12).withStyle(FigureStyle.SCREEN));
    }
}
