package org.phaselab.export.builders;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.export.figure.Series;
import org.phaselab.service.theory.Curve;
import org.phaselab.service.theory.CurvePoint;

/**
 * Splits a theory curve into what may be drawn as physics and what may not: the physical,
 * converged part as a line, the non-physical part (e.g. s &lt; 0 beyond capacity) as a thin dotted
 * line, and non-converged points as gaps. Never joins a line across a point that did not converge.
 */
final class CurveSeries {
    private CurveSeries() {}

    static List<Series> of(Curve curve, Series.Style style, int colour) {
        int n = curve.points().size();
        double[] x = new double[n];
        double[] physical = new double[n];
        double[] unphysical = new double[n];
        boolean anyUnphysical = false;
        for (int i = 0; i < n; i++) {
            CurvePoint p = curve.points().get(i);
            x[i] = p.x();
            boolean ok = p.converged() && Double.isFinite(p.y());
            physical[i] = ok && p.physical() ? p.y() : Double.NaN;
            unphysical[i] = ok && !p.physical() ? p.y() : Double.NaN;
            anyUnphysical |= ok && !p.physical();
        }
        // join the two parts at the boundary so the dotted continuation starts where the line ends
        for (int i = 1; i < n; i++) {
            if (Double.isFinite(physical[i - 1]) && Double.isFinite(unphysical[i])) {
                unphysical[i - 1] = physical[i - 1];
            }
        }
        List<Series> out = new ArrayList<>();
        out.add(new Series(curve.key(), curve.label(), x, physical, null, style, colour));
        if (anyUnphysical) {
            out.add(new Series(curve.key() + "_unphysical", "", x, unphysical, null, Series.Style.UNPHYSICAL, colour));
        }
        return out;
    }

    /** A plot's note from its parts: the non-empty ones, separated by "; ". */
    static String joinNotes(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(p);
            }
        }
        return sb.toString();
    }

    static String failureNote(List<Curve> curves) {
        long failed = curves.stream().mapToLong(Curve::failedCount).sum();
        String why = curves.stream().filter(c -> c.failure() != null).map(c -> c.failure()).findFirst().orElse(null);
        return failed == 0 ? "" : failed + " point(s) did not converge and are left out (gaps)" + (why == null ? "" : ": " + why);
    }
}
