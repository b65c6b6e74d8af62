package org.phaselab.export.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.SampleFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;

class SeriesCsvTest {
    @TempDir
    Path dir;

    @Test
    void csvRoundTripsEveryPlottedNumberExactly() throws Exception {
        Figure f = SampleFigures.entropy();
        DataBundle.write(f, dir, ExportOptions.oneColumn());
        List<List<String>> rows = parse(Files.readString(dir.resolve(DataBundle.CSV)));
        List<String> header = rows.get(0);
        List<SeriesCsv.Columns> layout = SeriesCsv.layout(f);
        for (int k = 0; k < f.series().size(); k++) {
            Series s = f.series().get(k);
            SeriesCsv.Columns c = layout.get(k);
            assertTrue(header.get(c.x()).startsWith(s.key() + ":x"), header.get(c.x()));
            assertTrue(header.get(c.y()).startsWith(s.key() + ":y"), header.get(c.y()));
            assertArrayEquals(s.x(), column(rows, c.x(), s.size()), 0.0, s.key() + " x");
            assertArrayEquals(s.y(), column(rows, c.y(), s.size()), 0.0, s.key() + " y");
            if (s.yErr() != null) {
                assertArrayEquals(s.yErr(), column(rows, c.err(), s.size()), 0.0, s.key() + " yerr");
            }
        }
    }

    @Test
    void headersCarryAxisNamesAndUnitsAndGapsAreEmptyCells() throws Exception {
        Figure f = SampleFigures.entropy();
        String csv = SeriesCsv.write(f);
        String header = csv.substring(0, csv.indexOf('\r'));
        assertTrue(header.contains("s_kappa0:x α"), header);
        assertTrue(header.contains("s_kappa0:y entropy s(α) [nats]"), header);
        assertTrue(header.contains("s_measured:yerr"), header);
        // s_kappa05 has NaN at rows 20 and 21: its y column (index 5) is empty there
        List<List<String>> rows = parse(csv);
        assertEquals("", rows.get(21).get(5));
        assertEquals("", rows.get(22).get(5));
    }

    @Test
    void matplotlibScriptRedrawsTheFigureWhenPythonIsAround() throws Exception {
        String python = pythonWithMatplotlib();
        Assumptions.assumeTrue(python != null, "no python3 with matplotlib on this machine");
        DataBundle.write(SampleFigures.entropy(), dir, ExportOptions.oneColumn());
        Path out = dir.resolve("redrawn.png");
        Process p = new ProcessBuilder(python, dir.resolve(DataBundle.SCRIPT).toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(Files.size(out) > 10_000, "redrawn figure size");
    }

    private static String pythonWithMatplotlib() throws InterruptedException {
        for (String py : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(py, "-c", "import matplotlib").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return py;
                }
            } catch (IOException e) {
                // not installed under that name: try the next
            }
        }
        return null;
    }

    private static double[] column(List<List<String>> rows, int col, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            String cell = rows.get(i + 1).get(col);
            v[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        }
        return v;
    }

    /** RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        return rows;
    }
}
