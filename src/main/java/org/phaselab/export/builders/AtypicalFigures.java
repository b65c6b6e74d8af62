package org.phaselab.export.builders;

import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.randomfeatures.LocalEntropyLine;
import org.phaselab.service.randomfeatures.LocalEntropyRow;
import org.phaselab.theory.largedeviation.LargeDeviationTransition;
import org.phaselab.theory.randomfeatures.AtypicalTransition;
import org.phaselab.theory.randomfeatures.PhaseDiagramPoint;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * The local-entropy (atypical) transition in the random-features figures (the phase diagram of Baldassi et al.,
 * PRE 106, 014116 (2022); docs/random-features.md): the line N/P = 1/alpha_LE(alpha_D) with the gap to the interpolation line
 * shaded, the large-deviation line N/P = 1/alpha_U(alpha_D) dashed (docs/large-deviation.md LD 15), and the cut's marker
 * (the curves phi_FP(d) are {@link LocalEntropyCurvesFigure}). Rows that did not converge are gaps and are counted.
 */
public final class AtypicalFigures {
    /**
     * RS alpha_LE of the storage problem, the alpha_D -> 0 end of the line: 0.72903 by
     * org.phaselab.theory.localentropy.LocalEntropyTransition with the same criterion (issue 13; two independent
     * computations put it in 0.72903-0.72914, LocalEntropyTransitionTest); docs/local-entropy.md.
     */
    public static final double STORAGE_ALPHA_LE = 0.72903;
    /** The large-deviation line's criterion (docs/large-deviation.md LD 15.8), for the legend's readers and the data. */
    public static final String LARGE_DEVIATION_CRITERION = LargeDeviationTransition.RF_NON_MONOTONIC_CRITERION;
    private static final int LINE_COLOUR = 2;
    private static final int LARGE_DEVIATION_COLOUR = 5;
    private static final int GAP_COLOUR = 1;

    private AtypicalFigures() {}

    /** The phase diagram with the local-entropy line (as far as computed) in place of "not computed". */
    static Figure onDiagram(Figure diagramFigure, List<PhaseDiagramPoint> diagram, LocalEntropyLine line) {
        List<Series> series = new ArrayList<>(diagramFigure.series());
        addLine(series, diagram, line, diagramFigure.x().max());
        Map<String, Object> params = new LinkedHashMap<>(diagramFigure.parameters());
        putLine(params, line);
        Figure f = with(diagramFigure, series, diagramFigure.markers(), lineNote(line), params);
        // a little room below alpha_D = 0 so the storage-limit point is not cut in half by the axis
        Axis y = diagramFigure.y();
        return new Figure(f.title(), f.x(), new Axis(y.label(), y.unit(), -0.03 * y.max(), y.max(), y.log()), f.series(),
                f.markers(), f.bands(), f.note(), f.parameters());
    }

    /** A figure of the cut with its alpha_LE marker (null alpha_LE: still computing) in place of "not computed". */
    static Figure onCut(Figure cutFigure, ThresholdResult alphaLE) {
        List<Marker> markers = new ArrayList<>(cutFigure.markers());
        markers.addAll(markers(alphaLE));
        Map<String, Object> params = new LinkedHashMap<>(cutFigure.parameters());
        putCut(params, alphaLE);
        return with(cutFigure, cutFigure.series(), markers, cutNote(alphaLE), params);
    }

    private static Figure with(Figure f, List<Series> series, List<Marker> markers, String leNote, Map<String, Object> params) {
        String note = f.note().replace("; " + RandomFeaturesFigures.LE_NOT_COMPUTED, leNote.isEmpty() ? "" : "; " + leNote)
                .replace(RandomFeaturesFigures.LE_NOT_COMPUTED, leNote);
        return new Figure(f.title(), f.x(), f.y(), series, markers, f.bands(), note, params);
    }

    /** The line, its rows, the shaded gap, the storage limit and the region names, added to the diagram's series. */
    static void addLine(List<Series> series, List<PhaseDiagramPoint> diagram, LocalEntropyLine line, double xMax) {
        double[] aD = line.grid();
        double[] npLE = new double[aD.length];
        double[] npU = new double[aD.length];
        double[] npC = new double[aD.length];
        for (int i = 0; i < aD.length; i++) {
            LocalEntropyRow row = line.row(aD[i]);
            npLE[i] = row == null ? Double.NaN : row.overparameterization();
            npU[i] = row == null ? Double.NaN : row.largeDeviationOverparameterization();
            npC[i] = interpolationAt(diagram, aD[i]);
        }
        double[][] gap = gapPolygon(diagram, aD, npLE);
        boolean any = java.util.Arrays.stream(npLE).anyMatch(Double::isFinite);
        // legend entries only for what is drawn: a line of gaps gets none (the note says why)
        series.add(new Series("gap_typical_only", gap.length > 0 ? "typical, isolated solutions only" : "",
                java.util.Arrays.stream(gap).mapToDouble(p -> p[0]).toArray(),
                java.util.Arrays.stream(gap).mapToDouble(p -> p[1]).toArray(), null, Series.Style.AREA, GAP_COLOUR));
        series.add(new Series("local_entropy", any ? "local entropy $N/P = 1/\\alpha_{LE}$" : "",
                npLE, aD, null, Series.Style.LINE, LINE_COLOUR));
        series.add(new Series("local_entropy_grid", "", npLE, aD, null, Series.Style.POINTS, LINE_COLOUR));
        // the large-deviation line (LD 15.8): between the two, dashed, its criterion in the data's parameters
        boolean anyU = java.util.Arrays.stream(npU).anyMatch(Double::isFinite);
        series.add(new Series("large_deviation", anyU ? "large deviation $N/P = 1/\\alpha_U$" : "",
                npU, aD, null, Series.Style.DASHED, LARGE_DEVIATION_COLOUR));
        series.add(new Series("large_deviation_grid", "", npU, aD, null, Series.Style.POINTS, LARGE_DEVIATION_COLOUR));
        series.add(new Series("local_entropy_storage_limit",
                String.format(Locale.ROOT, "storage limit $\\alpha_D \\to 0$: $1/\\alpha_{LE} = %.3f$", 1 / STORAGE_ALPHA_LE),
                new double[]{1 / STORAGE_ALPHA_LE}, new double[]{0}, null, Series.Style.HOLLOW_POINTS, LINE_COLOUR));
        addRegionNames(series, diagram, aD, npC, npLE, xMax);
    }

    /** UNSAT left of the interpolation line; "dense regions" right of the local-entropy line where it is known. */
    private static void addRegionNames(List<Series> series, List<PhaseDiagramPoint> diagram, double[] aD, double[] npC,
                                       double[] npLE, double xMax) {
        PhaseDiagramPoint high = null;
        for (PhaseDiagramPoint p : diagram) {
            if (p.converged() && p.alphaD() <= 10) {
                high = p;
            }
        }
        if (high != null) {
            series.add(text("region_unsat", "UNSAT", 0.45 * high.overparameterizationC(), high.alphaD()));
        }
        int widest = -1;
        double rightmost = 0;
        for (int i = 0; i < aD.length; i++) {
            if (Double.isFinite(npLE[i]) && Double.isFinite(npC[i])
                    && (widest < 0 || npLE[i] - npC[i] > npLE[widest] - npC[widest])) {
                widest = i;
            }
            rightmost = Double.isFinite(npLE[i]) ? Math.max(rightmost, npLE[i]) : rightmost;
        }
        if (widest >= 0 && npLE[widest] - npC[widest] > 1.0) { // wide enough for the words (~1 unit of N/P)
            series.add(text("region_typical_only", "typical, isolated", 0.5 * (npC[widest] + npLE[widest]), aD[widest]));
        }
        if (rightmost > 0 && rightmost < xMax - 0.8) {
            series.add(text("region_dense", "dense regions", 0.5 * (rightmost + xMax), aD[aD.length - 1]));
        }
    }

    private static Series text(String key, String label, double x, double y) {
        return new Series(key, label, new double[]{x}, new double[]{y}, null, Series.Style.TEXT, -1);
    }

    /** N/P at the interpolation point of the diagram's row at alphaD; NaN if that row is missing or failed. */
    private static double interpolationAt(List<PhaseDiagramPoint> diagram, double alphaD) {
        return diagram.stream().filter(p -> p.alphaD() == alphaD && p.converged())
                .mapToDouble(PhaseDiagramPoint::overparameterizationC).findFirst().orElse(Double.NaN);
    }

    /**
     * Closed polygons between the two lines over each run of rows where alpha_LE converged: down the interpolation line
     * (through every converged diagram row in the run's alpha_D range), back up the local-entropy line; a NaN separates
     * runs (a failed row is a gap, not bridged).
     */
    private static double[][] gapPolygon(List<PhaseDiagramPoint> diagram, double[] aD, double[] npLE) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        while (i < aD.length) {
            int from = i;
            while (i < aD.length && Double.isFinite(npLE[i])) {
                i++;
            }
            if (i - from >= 2) {
                double lo = aD[from];
                double hi = aD[i - 1];
                for (PhaseDiagramPoint p : diagram) {
                    if (p.converged() && p.alphaD() >= lo && p.alphaD() <= hi) {
                        out.add(new double[]{p.overparameterizationC(), p.alphaD()});
                    }
                }
                for (int k = i - 1; k >= from; k--) {
                    out.add(new double[]{npLE[k], aD[k]});
                }
                out.add(new double[]{Double.NaN, Double.NaN});
            }
            i = Math.max(i, from + 1);
        }
        return out.toArray(new double[0][]);
    }

    /**
     * "α_LE: 4 of 6 rows; 2 did not converge (gaps: reason); α_U: 4 of 6 rows", and how many rows are not computed
     * yet.
     */
    public static String lineNote(LocalEntropyLine line) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "α_LE: %d of %d rows", line.convergedRows(), line.grid().length));
        if (line.failedRows() > 0) {
            String reason = line.rows().stream().filter(r -> !r.converged()).findFirst().map(LocalEntropyRow::failure).orElse("");
            sb.append(String.format(Locale.ROOT, "; %d did not converge (gaps: %s)", line.failedRows(), reason));
        }
        long uRows = line.rows().stream().filter(LocalEntropyRow::largeDeviationConverged).count();
        sb.append(String.format(Locale.ROOT, "; α_U (large deviation): %d of %d rows", uRows, line.grid().length));
        if (!line.complete()) {
            sb.append(String.format(Locale.ROOT, "; %d not computed yet", line.grid().length - line.rows().size()));
        }
        if (!line.scope().isEmpty()) {
            sb.append(" (").append(line.scope()).append(')');
        }
        return sb.toString();
    }

    /** Parameters of the line: alpha_LE per row of its grid, null where not converged or not computed, with why. */
    static void putLine(Map<String, Object> params, LocalEntropyLine line) {
        List<Object> values = new ArrayList<>();
        List<Object> failures = new ArrayList<>();
        for (double aD : line.grid()) {
            LocalEntropyRow row = line.row(aD);
            values.add(row != null && row.converged() ? (Object) row.alphaLE().value() : NullNode.getInstance());
            failures.add(row == null ? "not computed" : row.converged() ? NullNode.getInstance() : row.failure());
        }
        params.put("alpha_le_alpha_d", line.grid());
        params.put("alpha_le", values);
        params.put("alpha_le_failure", failures);
        params.put("alpha_le_criterion", AtypicalTransition.CRITERION);
        params.put("alpha_le_storage_limit", STORAGE_ALPHA_LE);
        List<Object> uValues = new ArrayList<>();
        List<Object> uFailures = new ArrayList<>();
        for (double aD : line.grid()) {
            LocalEntropyRow row = line.row(aD);
            boolean ok = row != null && row.largeDeviationConverged();
            uValues.add(ok ? (Object) row.largeDeviation().value() : NullNode.getInstance());
            uFailures.add(ok ? NullNode.getInstance() : row == null || row.largeDeviation() == null ? "not computed"
                    : reason(row.largeDeviation()));
        }
        params.put("alpha_u", uValues);
        params.put("alpha_u_failure", uFailures);
        params.put("alpha_u_criterion", LARGE_DEVIATION_CRITERION);
    }

    /** The cut's marker at N/P = 1/alpha_LE, if converged. */
    static List<Marker> markers(ThresholdResult alphaLE) {
        return converged(alphaLE)
                ? List.of(new Marker(1 / alphaLE.value(), String.format(Locale.ROOT, "1/\\alpha_{LE} = %.3f", 1 / alphaLE.value()),
                Marker.Kind.TRANSITION))
                : List.of();
    }

    /** The cut's note about alpha_LE: computing, did not converge (reason), or empty when the marker is drawn. */
    static String cutNote(ThresholdResult alphaLE) {
        if (alphaLE == null) {
            return "α_LE: computing…";
        }
        return converged(alphaLE) ? "" : "α_LE did not converge: " + reason(alphaLE);
    }

    /** The cut's parameters: alpha_le as a number, or null with alpha_le_failure saying why. */
    static void putCut(Map<String, Object> params, ThresholdResult alphaLE) {
        params.put("alpha_le", converged(alphaLE) ? (Object) alphaLE.value() : NullNode.getInstance());
        params.put("alpha_le_failure", alphaLE == null ? "not computed yet" : converged(alphaLE) ? NullNode.getInstance() : reason(alphaLE));
        params.put("alpha_le_criterion", AtypicalTransition.CRITERION);
    }

    private static boolean converged(ThresholdResult t) {
        return t != null && t.converged() && Double.isFinite(t.value()) && t.value() > 0;
    }

    private static String reason(ThresholdResult t) {
        return t.failure() == null || t.failure().isBlank() ? "not converged" : t.failure();
    }
}
