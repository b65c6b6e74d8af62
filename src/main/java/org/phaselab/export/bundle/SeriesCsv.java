package org.phaselab.export.bundle;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.LatexText;
import org.phaselab.export.figure.Series;

/**
 * Every series of a figure as one CSV table (RFC 4180, comma, UTF-8). Each series owns adjacent
 * columns {@code key:x}, {@code key:y} and, with error bars, {@code key:yerr}; a column header
 * reads {@code <key>:<x|y|yerr> <axis label> [<unit>]}. Shorter series end in empty cells; a NaN
 * (a gap, a point that was not solved) is an empty cell. Numbers are Java's shortest round-trip
 * decimal form, so reading them back gives the plotted doubles exactly.
 */
public final class SeriesCsv {
    /** Where one series lives in the table (0-based columns; err is -1 without error bars). */
    public record Columns(String key, int x, int y, int err) {}

    private SeriesCsv() {}

    public static List<Columns> layout(Figure f) {
        List<Columns> cols = new ArrayList<>();
        int c = 0;
        for (Series s : f.series()) {
            boolean err = s.hasErrors();
            cols.add(new Columns(s.key(), c, c + 1, err ? c + 2 : -1));
            c += err ? 3 : 2;
        }
        return cols;
    }

    public static String write(Figure f) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>();
        int rows = 0;
        for (Series s : f.series()) {
            header.add(name(s.key(), "x", f.x()));
            header.add(name(s.key(), "y", f.y()));
            if (s.hasErrors()) {
                header.add(name(s.key(), "yerr", f.y()));
            }
            rows = Math.max(rows, s.size());
        }
        line(sb, header);
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            for (Series s : f.series()) {
                cells.add(cell(i < s.size() ? s.x(i) : Double.NaN));
                cells.add(cell(i < s.size() ? s.y(i) : Double.NaN));
                if (s.hasErrors()) {
                    cells.add(cell(i < s.size() ? s.yErr(i) : Double.NaN));
                }
            }
            line(sb, cells);
        }
        return sb.toString();
    }

    private static String name(String key, String role, org.phaselab.export.figure.Axis axis) {
        String label = LatexText.plain(axis.label()).trim();
        String unit = axis.unit() == null || axis.unit().isBlank() ? "" : " [" + LatexText.plain(axis.unit()) + "]";
        return key + ":" + role + (label.isEmpty() ? "" : " " + label) + unit;
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n");
            sb.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        sb.append("\r\n");
    }
}
