package org.phaselab.export.writer;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;

/**
 * Vector PDF of one chart on a page of exactly the figure's size. PDFBox-graphics2d draws text
 * (tick labels and JLaTeXMath glyphs) as vector outlines: the PDF has no fonts at all, hence no
 * Type 3 bitmap fonts and nothing to embed, and prints identically everywhere.
 */
public final class PdfWriter {
    private PdfWriter() {}

    public static void write(JFreeChart chart, double widthPt, double heightPt, String title, OutputStream out)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) widthPt, (float) heightPt));
            doc.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, (float) widthPt, (float) heightPt);
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
            } finally {
                g2.dispose();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g2.getXFormObject());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCreator("PhaseLab");
            info.setTitle(title);
            doc.save(out);
        }
    }
}
