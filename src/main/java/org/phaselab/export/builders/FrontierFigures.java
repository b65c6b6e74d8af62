package org.phaselab.export.builders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Band;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.theory.Threshold;
import org.phaselab.service.training.FrontierRequest;
import org.phaselab.service.training.FrontierResult;
import org.phaselab.training.measure.AlgorithmicThreshold;
import org.phaselab.training.measure.FiniteSizeExtrapolation;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;

/**
 * Where algorithms stop (the seed paper's claim: efficient algorithms find the dense solutions and stop near the
 * local-entropy transition, well before the capacity). On the alpha axis: each algorithm's solved fraction at each
 * N (largest N solid with binomial error bars, smaller N dashed), its thresholds alpha_alg(N) at fraction 1/2, its
 * extrapolation alpha_inf with one standard deviation shaded, against alpha_c, alpha_LE (RS) and the literature's
 * band 0.77-0.78. A second figure shows the extrapolation itself: alpha_alg(N) against N^(-1/2) with the fitted lines.
 */
public final class FrontierFigures {
    private FrontierFigures() {}

    /** Solved fraction vs alpha for every algorithm and N, with thresholds, extrapolations and the theory lines. */
    public static Figure solvedFraction(FrontierResult r) {
        FrontierRequest q = r.request();
        int largest = q.sizes()[q.sizes().length - 1];
        List<Series> series = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Algorithm a : q.algorithms()) {
            int colour = TrainingFigures.colour(a);
            List<Double> crossX = new ArrayList<>();
            for (FrontierResult.Curve c : r.curvesOf(a)) {
                double[] alpha = c.points().stream().mapToDouble(SweepPoint::alpha).toArray();
                double[] solved = c.points().stream().mapToDouble(SweepPoint::solvedFraction).toArray();
                boolean top = c.n() == largest;
                // one legend entry per algorithm (its largest N, solid): with three algorithms at three sizes and
                // their thresholds, an entry per curve filled a lecture plot; the note says what dashed and hollow are
                series.add(new Series(key(a, c.n()), top ? String.format(Locale.ROOT, "%s, $N = %d$", a.displayName(), c.n()) : "",
                        alpha, solved,
                        null, top ? Series.Style.LINE : Series.Style.DASHED, colour));
                if (top) {
                    series.add(new Series(key(a, c.n()) + "_points", "", alpha, solved,
                            c.points().stream().mapToDouble(SweepPoint::solvedFractionStderr).toArray(), Series.Style.POINTS, colour));
                }
                if (c.threshold().found()) {
                    crossX.add(c.threshold().alpha());
                }
            }
            if (!crossX.isEmpty()) {
                double[] x = crossX.stream().mapToDouble(Double::doubleValue).toArray();
                series.add(new Series("alpha_alg_" + a.key(), "", x, constant(x.length, 0.5), null,
                        Series.Style.HOLLOW_POINTS, colour));
            }
            FiniteSizeExtrapolation fit = fit(r, a);
            if (fit != null && fit.valid()) {
                markers.add(new Marker(fit.alphaInf(), String.format(Locale.ROOT, "\\alpha_{\\text{%s}}(\\infty) = %.3f", a.displayName(), fit.alphaInf()),
                        Marker.Kind.CURSOR));
                if (Double.isFinite(fit.uncertainty()) && fit.uncertainty() > 0) {
                    bands.add(new Band(fit.alphaInf() - fit.uncertainty(), fit.alphaInf() + fit.uncertainty(), ""));
                }
            }
            notes.add(thresholdNote(r, a));
        }
        Threshold ac = r.capacity();
        if (ac != null && ac.converged()) {
            markers.add(new Marker(ac.value(), String.format(Locale.ROOT, "\\alpha_c = %.3f", ac.value()), Marker.Kind.TRANSITION));
        }
        Threshold le = r.localEntropy();
        if (le != null && le.converged()) {
            markers.add(new Marker(le.value(), String.format(Locale.ROOT, "\\alpha_{LE}^{RS} = %.3f", le.value()), Marker.Kind.REFERENCE));
        } else {
            notes.add("α_LE (RS) " + (le == null ? "not available" : le.criterion()));
        }
        for (Threshold t : r.otherReferences()) {
            if (t.converged()) {
                markers.add(new Marker(t.value(), String.format(Locale.ROOT, "%s = %.3f", t.label(), t.value()), Marker.Kind.REFERENCE));
            } else {
                notes.add(t.label() + " not drawn: " + t.criterion());
            }
        }
        double[] lit = r.literatureBand();
        bands.add(new Band(lit[0], lit[1], "literature (beyond RS)"));
        String note = String.join("; ", notes) + "; " + progress(r) + "; " + q.describe()
                + sizesNote(q.sizes()) + "; shaded: α_alg(∞) ± 1σ, fit α_alg(N) = α_alg(∞) − a N^(−1/2)";
        double xMin = Math.min(q.alphaMin(), 0.7) - 0.02;
        double xMax = Math.max(q.alphaMax(), ac != null && ac.converged() ? ac.value() : 0.85) + 0.02;
        return new Figure("Where algorithms stop: solved fraction, storage", Axis.range("\\alpha", xMin, xMax),
                Axis.range("\\text{solved fraction}", -0.02, 1.05), series, markers, bands, note, parameters(r));
    }

    /** What the unlabelled curves are: the smaller sizes dashed, the thresholds hollow at 1/2. */
    private static String sizesNote(int[] sizes) {
        String smaller = java.util.Arrays.stream(sizes, 0, sizes.length - 1).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        return (smaller.isEmpty() ? "" : "; dashed: N = " + smaller) + "; hollow at 1/2: α_alg(N), where each curve crosses 1/2";
    }

    /** alpha_alg(N) against N^(-1/2), the fitted lines to N = infinity (x = 0), alpha_c, alpha_LE and the literature band. */
    public static Figure scaling(FrontierResult r) {
        FrontierRequest q = r.request();
        double xMax = 1.1 / Math.sqrt(q.sizes()[0]);
        List<Series> series = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Algorithm a : q.algorithms()) {
            int colour = TrainingFigures.colour(a);
            List<double[]> pts = new ArrayList<>();
            for (FrontierResult.Curve c : r.curvesOf(a)) {
                if (c.threshold().found()) {
                    pts.add(new double[] {1 / Math.sqrt(c.n()), c.threshold().alpha()});
                }
            }
            series.add(new Series("alpha_alg_" + a.key(), a.displayName() + ": $\\alpha_{alg}(N)$",
                    pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray(), null,
                    Series.Style.POINTS, colour));
            FiniteSizeExtrapolation fit = fit(r, a);
            if (fit != null && fit.valid()) {
                series.add(new Series("fit_" + a.key(), "", new double[] {0, xMax},
                        new double[] {fit.alphaInf(), fit.alphaInf() - fit.slope() * xMax}, null, Series.Style.DASHED, colour));
                series.add(new Series("alpha_inf_" + a.key(), String.format(Locale.ROOT, "%s: $\\alpha(\\infty) = %.3f \\pm %.3f$",
                        a.displayName(), fit.alphaInf(), fit.uncertainty()), new double[] {0}, new double[] {fit.alphaInf()},
                        new double[] {Double.isFinite(fit.uncertainty()) ? fit.uncertainty() : 0}, Series.Style.HOLLOW_POINTS, colour));
            }
            notes.add(thresholdNote(r, a));
        }
        Threshold ac = r.capacity();
        if (ac != null && ac.converged()) {
            series.add(new Series("alpha_c", String.format(Locale.ROOT, "$\\alpha_c = %.3f$", ac.value()), new double[] {0, xMax},
                    new double[] {ac.value(), ac.value()}, null, Series.Style.LINE, -1));
        }
        Threshold le = r.localEntropy();
        if (le != null && le.converged()) {
            series.add(new Series("alpha_le_rs", String.format(Locale.ROOT, "$\\alpha_{LE}^{RS} = %.3f$", le.value()), new double[] {0, xMax},
                    new double[] {le.value(), le.value()}, null, Series.Style.DASHED, -1));
        }
        double[] lit = r.literatureBand();
        series.add(new Series("literature_band", "literature (beyond RS)", new double[] {0, xMax, xMax, 0},
                new double[] {lit[0], lit[0], lit[1], lit[1]}, null, Series.Style.AREA, -1));
        String note = String.join("; ", notes) + "; " + progress(r) + "; assumed: α_alg(N) = α_alg(∞) − a N^(−1/2), least squares; "
                + "error bar at N = ∞: seeds (binomial bootstrap) and misfit in quadrature";
        return new Figure("Finite-size extrapolation of the algorithmic threshold", Axis.range("N^{-1/2}", 0, xMax),
                Axis.range("\\alpha", 0.5, 0.9), series, List.of(), List.of(), note, parameters(r));
    }

    private static FiniteSizeExtrapolation fit(FrontierResult r, Algorithm a) {
        return r.fits().stream().filter(f -> f.algorithm() == a).map(FrontierResult.Extrapolation::fit).findFirst().orElse(null);
    }

    /** "focusing BP: α_alg = 0.70 (N = 201), > 0.85 (N = 501); α(∞) = 0.74 ± 0.01 from N = 201, 1001". */
    private static String thresholdNote(FrontierResult r, Algorithm a) {
        List<String> parts = new ArrayList<>();
        for (FrontierResult.Curve c : r.curvesOf(a)) {
            AlgorithmicThreshold t = c.threshold();
            String v = switch (t.kind()) {
                case FOUND -> String.format(Locale.ROOT, "%.3f", t.alpha());
                case BELOW_GRID -> String.format(Locale.ROOT, "< %.2f", r.request().alphaMin());
                case ABOVE_GRID -> String.format(Locale.ROOT, "> %.2f", c.points().get(c.points().size() - 1).alpha());
                case NO_DATA -> "not run";
            };
            parts.add(v + " (N = " + c.n() + ")");
        }
        FiniteSizeExtrapolation fit = fit(r, a);
        String inf = fit != null && fit.valid()
                ? String.format(Locale.ROOT, "; α(∞) = %.3f ± %.3f from %d sizes", fit.alphaInf(), fit.uncertainty(), fit.sizes().length)
                : "; α(∞): needs thresholds at two sizes";
        return a.displayName() + ": α_alg = " + String.join(", ", parts) + inf;
    }

    private static String progress(FrontierResult r) {
        return r.complete() ? r.finishedRuns() + " runs"
                : String.format(Locale.ROOT, "%d of %d runs so far", r.finishedRuns(), r.request().runs());
    }

    private static Map<String, Object> parameters(FrontierResult r) {
        FrontierRequest q = r.request();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("student", "perceptron");
        p.put("data", "storage");
        p.put("algorithms", q.algorithms().stream().map(Algorithm::key).toList());
        p.put("sizes", java.util.Arrays.stream(q.sizes()).boxed().toList());
        p.put("alpha_min", q.alphaMin());
        p.put("alpha_max", q.alphaMax());
        p.put("alpha_points", q.alphaPoints());
        p.put("seeds", q.seeds());
        p.put("first_seed", q.firstSeed());
        p.put("seconds_per_run", q.secondsPerRun());
        p.put("max_sweeps", q.maxSweeps());
        p.put("finished_runs", r.finishedRuns());
        p.put("complete", r.complete());
        for (FrontierResult.Extrapolation e : r.fits()) {
            p.put("alpha_inf_" + e.algorithm().key(), e.fit().alphaInf());
            p.put("alpha_inf_sigma_" + e.algorithm().key(), e.fit().uncertainty());
        }
        return p;
    }

    private static String key(Algorithm a, int n) {
        return "solved_" + a.key() + "_n" + n;
    }

    private static double[] constant(int n, double v) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, v);
        return x;
    }
}
