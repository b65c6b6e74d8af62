package org.phaselab.export;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.phaselab.export.bundle.DataBundle;
import org.phaselab.export.figure.ChartBuilder;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.LatexText;
import org.phaselab.export.writer.AtomicFile;
import org.phaselab.export.writer.PdfWriter;
import org.phaselab.export.writer.PngWriter;
import org.phaselab.export.writer.SvgWriter;

/**
 * The one entry point for writing figures, used by the app and the command line. The format
 * follows the file's extension (.pdf, .svg, .png); every file is written atomically; any failure
 * is one {@link ExportException} whose message names the file and the reason.
 */
public final class FigureExporter {
    private static final System.Logger LOG = System.getLogger(FigureExporter.class.getName());

    /** Largest PNG written (pixels); 17.8 x 12 cm at 1200 dpi is 47 million. */
    static final long MAX_PIXELS = 120_000_000L;

    private FigureExporter() {}

    /**
     * Writes the figure to {@code out} and, if {@code bundleDir} is not null, a data bundle into
     * that folder (created if needed): the figure again, data.csv, parameters.json and plot.py.
     */
    public static void export(Figure figure, Path out, ExportOptions options, Path bundleDir) throws ExportException {
        try {
            FigureFormat format = FigureFormat.of(out);
            write(figure, out, format, options);
            if (bundleDir != null) {
                createFolder(bundleDir);
                write(figure, bundleDir.resolve(out.getFileName()), format, options);
                DataBundle.write(figure, bundleDir, options);
            }
        } catch (ExportException e) {
            LOG.log(System.Logger.Level.DEBUG, e.getMessage(), e);
            throw e;
        }
    }

    /** Writes only the figure. */
    public static void export(Figure figure, Path out, ExportOptions options) throws ExportException {
        export(figure, out, options, null);
    }

    private static void write(Figure figure, Path out, FigureFormat format, ExportOptions o) throws ExportException {
        long pixels = (long) o.widthPx() * o.heightPx();
        if (format == FigureFormat.PNG && pixels > MAX_PIXELS) {
            throw new ExportException("Cannot write " + out.toAbsolutePath() + ": at " + o.dpi() + " dpi the image would be "
                    + o.widthPx() + " x " + o.heightPx() + " pixels; lower the dpi or the size");
        }
        JFreeChart chart = new ChartBuilder(o.style()).build(figure, o.widthPt(), o.heightPt());
        double w = o.widthPt();
        double h = o.heightPt();
        AtomicFile.write(out, stream -> {
            switch (format) {
                case PDF -> PdfWriter.write(chart, w, h, LatexText.plain(figure.title()), stream);
                case SVG -> SvgWriter.write(chart, w, h, stream);
                case PNG -> PngWriter.write(chart, w, h, o.widthPx(), o.heightPx(), o.dpi(), stream);
            }
        });
    }

    private static void createFolder(Path dir) throws ExportException {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new ExportException("Cannot create bundle folder " + dir.toAbsolutePath()
                    + ": " + (Files.exists(dir) ? "a file of that name is in the way" : e.getMessage()), e);
        }
    }
}
