package org.phaselab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
     * Files of the same names in the folder are replaced (the app asks first).
     */
    public static void export(Figure figure, Path out, ExportOptions options, Path bundleDir) throws ExportException {
        export(figure, out, options, bundleDir, true);
    }

    /**
     * Same, but a bundle folder that already holds files is refused unless {@code replaceBundle}. Every file is
     * written to a temporary first and nothing is replaced until all of them were written.
     */
    public static void export(Figure figure, Path out, ExportOptions options, Path bundleDir, boolean replaceBundle)
            throws ExportException {
        try {
            FigureFormat format = check(out, options, bundleDir, replaceBundle);
            JFreeChart chart = new ChartBuilder(options.style()).build(figure, options.widthPt(), options.heightPt());
            boolean createdFolder = bundleDir != null && !Files.exists(bundleDir);
            try (AtomicFile.Batch batch = new AtomicFile.Batch()) {
                stage(batch, figure, chart, out, format, options);
                if (bundleDir != null) {
                    createFolder(bundleDir);
                    stage(batch, figure, chart, bundleDir.resolve(out.getFileName()), format, options);
                    DataBundle.stage(figure, bundleDir, options, batch);
                }
                batch.commit();
                createdFolder = false;
            } finally {
                if (createdFolder) {
                    deleteIfEmpty(bundleDir);
                }
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

    /**
     * Everything that can be checked before a figure is computed: the format from the extension, a writable
     * {@code out} in an existing folder, a PNG that fits in memory, and a bundle folder that is a folder (or can be
     * created) and, unless {@code replaceBundle}, is empty.
     */
    public static FigureFormat check(Path out, ExportOptions options, Path bundleDir, boolean replaceBundle) throws ExportException {
        FigureFormat format = FigureFormat.of(out);
        AtomicFile.check(out);
        long pixels = (long) options.widthPx() * options.heightPx();
        if (format == FigureFormat.PNG && (pixels > MAX_PIXELS || 8.0 * pixels > 0.8 * Runtime.getRuntime().maxMemory())) {
            throw new ExportException("Cannot write " + out.toAbsolutePath() + ": at " + options.dpi() + " dpi the image would be "
                    + options.widthPx() + " x " + options.heightPx() + " pixels, too many for "
                    + (pixels > MAX_PIXELS ? "a figure" : "this Java heap") + "; lower the dpi or the size");
        }
        if (bundleDir != null) {
            checkBundleFolder(bundleDir, out, replaceBundle);
        }
        return format;
    }

    private static void checkBundleFolder(Path dir, Path out, boolean replace) throws ExportException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new ExportException("Cannot write the bundle into " + abs + ": a file of that name is in the way");
        }
        if (!Files.exists(abs)) {
            Path parent = abs.getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
                throw new ExportException("Cannot create bundle folder " + abs + ": "
                        + (parent == null ? "no such folder" : parent + " is not a writable folder"));
            }
            return;
        }
        if (!replace && !isEmpty(abs)) {
            throw new ExportException("Cannot write the bundle into " + abs + ": the folder is not empty"
                    + " (use an empty or new folder, or --force to replace its " + out.getFileName() + ", "
                    + String.join(", ", DataBundle.FILES) + ")");
        }
        for (String name : List.of(out.getFileName().toString(), DataBundle.CSV, DataBundle.JSON, DataBundle.SCRIPT)) {
            AtomicFile.check(abs.resolve(name));
        }
    }

    private static boolean isEmpty(Path dir) throws ExportException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ExportException("Cannot read bundle folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // not empty, or already gone: nothing of ours is in it
        }
    }

    private static void stage(AtomicFile.Batch batch, Figure figure, JFreeChart chart, Path out, FigureFormat format,
                              ExportOptions o) throws ExportException {
        double w = o.widthPt();
        double h = o.heightPt();
        batch.stage(out, stream -> {
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
        } catch (IOException e) {
            throw new ExportException("Cannot create bundle folder " + dir.toAbsolutePath()
                    + ": " + (Files.exists(dir) ? "a file of that name is in the way" : e.getMessage()), e);
        }
    }
}
