package org.phaselab.export;

import java.util.List;
import java.util.Map;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Band;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;

/** Figures that exercise every element of a plot: for tests and for looking at the output. */
public final class SampleFigures {
    private SampleFigures() {}

    /** A made-up entropy curve s(alpha) with the shape of the binary perceptron's (numbers are illustrative). */
    public static Figure entropy() {
        int n = 41;
        double[] a = new double[n];
        double[] s0 = new double[n];
        double[] s1 = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 0.05 + i * 0.025;
            s0[i] = Math.log(2) * (1 - a[i] / 0.833) * Math.exp(-0.3 * a[i]);
            s1[i] = Math.log(2) * (1 - a[i] / 0.62) * Math.exp(-0.4 * a[i]);
        }
        s1[20] = Double.NaN;
        s1[21] = Double.NaN;
        double[] am = {0.2, 0.4, 0.6, 0.8};
        double[] sm = {0.51, 0.33, 0.15, 0.02};
        double[] se = {0.02, 0.025, 0.03, 0.04};
        double[] af = {0.9, 1.0};
        double[] sf = {-0.04, -0.09};
        Series line0 = new Series("s_kappa0", "\\kappa = 0", cut(a, 0.84), cut(s0, a, 0.84), null, Series.Style.LINE, 0);
        Series beyond = new Series("s_kappa0_unphysical", "", tail(a, 0.833), tail(s0, a, 0.833), null,
                Series.Style.UNPHYSICAL, 0);
        Series line1 = new Series("s_kappa05", "\\kappa = 0.5", a, s1, null, Series.Style.LINE, 1);
        Series dashed = new Series("s_meta", "metastable", new double[]{0.5, 0.7, 0.9, 1.1},
                new double[]{0.2, 0.1, 0.03, -0.02}, null, Series.Style.DASHED, 2);
        Series points = new Series("s_measured", "measured, N = 1001", am, sm, se, Series.Style.POINTS, 3);
        Series flagged = new Series("s_flagged", "not converged", af, sf, null, Series.Style.HOLLOW_POINTS, 5);
        return new Figure("", new Axis("\\alpha", "", 0, 1.1, false),
                new Axis("entropy $s(\\alpha)$", "nats", -0.15, 0.75, false),
                List.of(line0, beyond, line1, dashed, points, flagged),
                List.of(new Marker(0.833, "\\alpha_c = 0.833", Marker.Kind.TRANSITION),
                        new Marker(0.62, "\\alpha_U", Marker.Kind.SPINODAL)),
                List.of(new Band(0.62, 0.833, "gap")),
                "2 points did not converge",
                Map.of("seed", 42L, "N", 1001, "kappa", List.of(0.0, 0.5), "model", "binary perceptron"));
    }

    private static double[] cut(double[] a, double max) {
        return java.util.Arrays.stream(a).filter(v -> v <= max).toArray();
    }

    private static double[] cut(double[] s, double[] a, double max) {
        return java.util.Arrays.copyOf(s, cut(a, max).length);
    }

    private static double[] tail(double[] a, double from) {
        return java.util.Arrays.stream(a).filter(v -> v >= from - 0.03).toArray();
    }

    private static double[] tail(double[] s, double[] a, double from) {
        int start = a.length - tail(a, from).length;
        return java.util.Arrays.copyOfRange(s, start, a.length);
    }
}
