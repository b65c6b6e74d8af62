package org.phaselab.export.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.phaselab.export.ExportException;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.writer.AtomicFile;

/**
 * The data behind a figure, for people who re-plot: data.csv ({@link SeriesCsv}), parameters.json
 * ({@link FigureSpec}) and plot.py, a self-contained matplotlib script that redraws the figure from
 * the CSV ({@code python3 plot.py [out.pdf]}; needs only matplotlib).
 */
public final class DataBundle {
    public static final String CSV = "data.csv";
    public static final String JSON = "parameters.json";
    public static final String SCRIPT = "plot.py";
    private static final String TEMPLATE = "/org/phaselab/export/bundle/plot_template.py";

    private DataBundle() {}

    /** The file names a bundle writes besides the figure. */
    public static final java.util.List<String> FILES = java.util.List.of(CSV, JSON, SCRIPT);

    public static void write(Figure figure, Path dir, ExportOptions options) throws ExportException {
        try (AtomicFile.Batch batch = new AtomicFile.Batch()) {
            stage(figure, dir, options, batch);
            batch.commit();
        }
    }

    /** Writes the bundle's files to temporaries in {@code dir}; they replace the old ones when the batch commits. */
    public static void stage(Figure figure, Path dir, ExportOptions options, AtomicFile.Batch batch) throws ExportException {
        String json;
        try {
            json = FigureSpec.mapper().writeValueAsString(FigureSpec.of(figure, options));
        } catch (IOException e) {
            throw new ExportException("Cannot write " + dir.resolve(JSON).toAbsolutePath()
                    + ": a parameter cannot be written as JSON (" + e.getMessage() + ")", e);
        }
        byte[] csv = SeriesCsv.write(figure).getBytes(StandardCharsets.UTF_8);
        batch.stage(dir.resolve(CSV), out -> out.write(csv));
        batch.stage(dir.resolve(JSON), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        String script = script(json);
        batch.stage(dir.resolve(SCRIPT), out -> out.write(script.getBytes(StandardCharsets.UTF_8)));
    }

    /** The plot script with the figure's JSON embedded (single quotes escaped for the raw string). */
    static String script(String json) throws ExportException {
        try (InputStream in = DataBundle.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new ExportException("The plot script template is missing from the application");
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace("__FIGURE_JSON__", json.replace("'", "\\u0027"));
        } catch (IOException e) {
            throw new ExportException("The plot script template cannot be read: " + e.getMessage(), e);
        }
    }
}
