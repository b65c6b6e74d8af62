package org.phaselab.export;

import java.nio.file.Files;
import java.nio.file.Path;
import org.phaselab.export.figure.FigureStyle;

/** Writes the sample figure in every format and style to a folder, for looking at (not a test). */
public final class LookAtExports {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/export-look");
        Files.createDirectories(dir);
        FigureExporter.export(SampleFigures.entropy(), dir.resolve("one-column.pdf"), ExportOptions.oneColumn(),
                dir.resolve("bundle"));
        FigureExporter.export(SampleFigures.entropy(), dir.resolve("one-column.svg"), ExportOptions.oneColumn());
        FigureExporter.export(SampleFigures.entropy(), dir.resolve("one-column.png"), ExportOptions.oneColumn());
        FigureExporter.export(SampleFigures.entropy(), dir.resolve("two-column.pdf"), ExportOptions.twoColumn());
        FigureExporter.export(SampleFigures.entropy(), dir.resolve("screen.png"),
                new ExportOptions(20, 13, 72, FigureStyle.SCREEN));
        FigureExporter.export(SampleFigures.entropy(), dir.resolve("projector.png"),
                new ExportOptions(30, 20, 72, FigureStyle.PROJECTOR));
        System.out.println("written to " + dir);
    }
}
