package org.phaselab.export.figure;

import java.util.List;
import java.util.Map;

/**
 * A plot as data: what every panel shows, every export writes and the command line renders.
 * View-models build Figures from solver results; {@link ChartBuilder} turns one into a JFreeChart
 * for the screen or for a file. Labels are LaTeX (e.g. {@code "\\alpha"}, {@code "\\phi_{FP}(d)"}).
 *
 * @param title       plot title (LaTeX allowed), may be empty
 * @param x           horizontal axis
 * @param y           vertical axis
 * @param series      curves and point sets, drawn in order
 * @param markers     labelled vertical lines (transitions, thresholds)
 * @param bands       shaded x-intervals (e.g. a gap between two transitions)
 * @param note        status line under the plot (e.g. "3 points did not converge"); empty if none
 * @param parameters  every parameter and seed behind the figure, for the data bundle
 */
public record Figure(String title, Axis x, Axis y, List<Series> series, List<Marker> markers,
                     List<Band> bands, String note, Map<String, Object> parameters) {
    public Figure {
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        bands = List.copyOf(bands);
        parameters = Map.copyOf(parameters);
        note = note == null ? "" : note;
        title = title == null ? "" : title;
    }
}
