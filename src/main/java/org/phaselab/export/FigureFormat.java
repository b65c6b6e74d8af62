package org.phaselab.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a figure can be written to, chosen by the file name's extension. */
public enum FigureFormat {
    PDF, SVG, PNG;

    public static FigureFormat of(Path file) throws ExportException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "pdf" -> PDF;
            case "svg" -> SVG;
            case "png" -> PNG;
            default -> throw new ExportException("Cannot write " + file + ": unknown figure format '"
                    + (ext.isEmpty() ? "(no extension)" : "." + ext) + "', use .pdf, .svg or .png");
        };
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
