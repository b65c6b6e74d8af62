package org.phaselab.export.builders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Band;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.randomfeatures.LocalEntropyLine;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.randomfeatures.RandomFeaturesCut;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.service.randomfeatures.OverparameterizationSweep;
import org.phaselab.theory.randomfeatures.CutPoint;
import org.phaselab.theory.randomfeatures.PhaseDiagram;
import org.phaselab.theory.randomfeatures.PhaseDiagramPoint;
import org.phaselab.theory.randomfeatures.ThresholdResult;
import org.phaselab.training.trainer.Algorithm;

/**
 * Figures of the random-features panel (Baldassi et al., PRE 106, 014116 (2022); docs/random-features.md):
 * the phase diagram (N/P, alpha_D) with the interpolation line and the cut, and on the cut the typical entropy
 * and the generalization errors of typical, maximum-margin (atypical) and Bayesian predictors. The overloads with
 * a local-entropy argument add the alpha_LE line and markers ({@link AtypicalFigures}); the others say "not computed".
 */
public final class RandomFeaturesFigures {
    /** Shown wherever the local-entropy line would be: it is absent, not guessed. */
    public static final String LE_NOT_COMPUTED =
            "local-entropy transition α_LE: not drawn on this figure (AtypicalFigures adds it)";
    private static final String MODEL = "random-features binary perceptron, sign features, kappa = 0 (RS)";
    private static final double NP_MAX = RandomFeaturesBackend.NP_MAX;
    /** Right end of the N/P axes: a little past the last point, so its marker and error bar are not clipped. */
    private static final double X_MAX = NP_MAX + 0.2;

    private RandomFeaturesFigures() {}

    /** The phase diagram without a training overlay. */
    public static Figure phaseDiagram(PhaseDiagram.Result diagram, double cutAlphaD) {
        return phaseDiagram(diagram, cutAlphaD, null);
    }

    /**
     * Interpolation line N/P = 1/alpha_c(alpha_D), SAT to its right, and the horizontal cut at {@code cutAlphaD};
     * with a training sweep at that alpha_D, its N/P on the cut line: filled where most runs found a solution,
     * hollow where fewer than half did.
     */
    public static Figure phaseDiagram(PhaseDiagram.Result diagram, double cutAlphaD, OverparameterizationSweep measured) {
        OverparameterizationSweep m = measured != null && measured.alphaD() == cutAlphaD ? measured : null;
        List<PhaseDiagramPoint> rows = diagram.points();
        double[] np = rows.stream().mapToDouble(p -> p.converged() ? p.overparameterizationC() : Double.NaN).toArray();
        double[] alphaD = rows.stream().mapToDouble(PhaseDiagramPoint::alphaD).toArray();
        List<Series> series = new ArrayList<>();
        series.add(new Series("interpolation", "interpolation $N/P = 1/\\alpha_c$", np, alphaD, null,
                Series.Style.LINE, 0));
        series.add(new Series("interpolation_grid", "", np, alphaD, null, Series.Style.POINTS, 0));
        series.add(new Series("cut", String.format(Locale.ROOT, "cut, $\\alpha_D = %.2f$", cutAlphaD),
                new double[]{0, X_MAX}, new double[]{cutAlphaD, cutAlphaD}, null, Series.Style.DASHED, -1));
        if (m != null) {
            List<OverparameterizationSweep.Point> pts = m.points();
            double[] x = overparameterization(m);
            double[] most = pts.stream().mapToDouble(p -> 2 * p.solved() > p.runs() ? cutAlphaD : Double.NaN).toArray();
            double[] few = pts.stream().mapToDouble(p -> 2 * p.solved() > p.runs() ? Double.NaN : cutAlphaD).toArray();
            series.add(new Series("sweep_mostly_solved", runs(m) + ": most runs solved", x, most, null, Series.Style.POINTS, 3));
            series.add(new Series("sweep_rarely_solved", "half or fewer solved", x, few, null, Series.Style.HOLLOW_POINTS, 3));
        }
        double satFrom = 0;
        for (double x : np) {
            satFrom = Double.isFinite(x) ? Math.max(satFrom, x) : satFrom;
        }
        List<Band> bands = satFrom > 0 ? List.of(new Band(satFrom, X_MAX, "")) : List.of();
        long failed = rows.stream().filter(p -> !p.converged()).count();
        String note = (failed == 0 ? "" : failed + " row(s) did not converge (gaps); ")
                + join("SAT right of the line, shaded where SAT at every α_D", sweepNote(m), LE_NOT_COMPUTED);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", MODEL);
        params.put("alpha_d_grid", alphaD);
        params.put("alpha_c", rows.stream().mapToDouble(PhaseDiagramPoint::alphaC).toArray());
        params.put("cut_alpha_d", cutAlphaD);
        params.put("alpha_le", "not computed");
        if (m != null) {
            putSweep(params, m);
        }
        return new Figure("Phase diagram", Axis.range("N/P", 0, X_MAX),
                Axis.range("\\alpha_D = P/D", 0, RandomFeaturesScene.ALPHA_D_MAX * 1.05), series, List.of(), bands, note, params);
    }

    /**
     * The phase diagram with the local-entropy line as far as {@code line} has it (rows still missing or not
     * converged are gaps, counted in the note) and the gap between the two lines shaded: {@link AtypicalFigures}.
     */
    public static Figure phaseDiagram(PhaseDiagram.Result diagram, double cutAlphaD, OverparameterizationSweep measured,
                                      LocalEntropyLine line) {
        return AtypicalFigures.onDiagram(phaseDiagram(diagram, cutAlphaD, measured), diagram.points(), line);
    }

    /** The cut's entropy with the alpha_LE marker; {@code alphaLE} null while it is computed. */
    public static Figure entropy(RandomFeaturesCut cut, OverparameterizationSweep measured, ThresholdResult alphaLE) {
        return AtypicalFigures.onCut(entropy(cut, measured), alphaLE);
    }

    /** The cut's errors with the alpha_LE marker; {@code alphaLE} null while it is computed. */
    public static Figure errors(RandomFeaturesCut cut, OverparameterizationSweep measured, ThresholdResult alphaLE) {
        return AtypicalFigures.onCut(errors(cut, measured), alphaLE);
    }

    /** The cut's entropy without a training overlay. */
    public static Figure entropy(RandomFeaturesCut cut) {
        return entropy(cut, null);
    }

    /**
     * Typical entropy vs N/P on the cut: solid where solutions exist, dotted (not physical) below zero; with a
     * training sweep of the same alpha_D, the fraction of runs that found a solution, on the same axis.
     */
    public static Figure entropy(RandomFeaturesCut cut, OverparameterizationSweep measured) {
        List<CutPoint> onCut = withInterpolationPoint(cut);
        double[] np = column(onCut, CutPoint::overparameterization);
        double[] physical = column(onCut, p -> p.converged() && p.entropy() >= 0 ? p.entropy() : Double.NaN);
        double[] unphysical = column(onCut, p -> p.converged() && p.entropy() <= 0 ? p.entropy() : Double.NaN);
        List<Series> series = new ArrayList<>();
        series.add(new Series("entropy", "typical entropy $s$", np, physical, null, Series.Style.LINE, 0));
        series.add(new Series("entropy_unphysical", "", np, unphysical, null, Series.Style.UNPHYSICAL, 0));
        double npC = cut.interpolationOverparameterization();
        if (Double.isFinite(npC)) {
            series.add(new Series("interpolation_point", "", new double[]{npC}, new double[]{0}, null, Series.Style.POINTS, 0));
        }
        OverparameterizationSweep m = matching(cut, measured);
        if (m != null) {
            series.add(new Series("solved_fraction", "fraction solved, " + runs(m), overparameterization(m),
                    m.points().stream().mapToDouble(OverparameterizationSweep.Point::solvedFraction).toArray(),
                    m.points().stream().mapToDouble(OverparameterizationSweep.Point::solvedFractionStderr).toArray(), Series.Style.POINTS, 3));
        }
        long failed = onCut.stream().filter(p -> !p.converged()).count();
        String note = join(failed == 0 ? "" : failed + " point(s) did not converge (gaps)", "dotted: s < 0, no solutions",
                sweepNote(m), LE_NOT_COMPUTED);
        return new Figure(String.format(Locale.ROOT, "Typical entropy, \\alpha_D = %.2f", cut.alphaD()),
                Axis.range("N/P", 0, X_MAX), Axis.range(m == null ? "s" : "$s$, fraction solved", -0.4, m == null ? 0.75 : 1.3),
                series, markers(cut), bands(cut), note, parameters(cut, m));
    }

    /** The cut's errors without a training overlay. */
    public static Figure errors(RandomFeaturesCut cut) {
        return errors(cut, null);
    }

    /**
     * Generalization errors vs N/P on the cut: typical interpolators, maximum-margin solutions, Bayesian ensemble;
     * with a training sweep of the same alpha_D, the mean test error of the solutions the algorithm found.
     */
    public static Figure errors(RandomFeaturesCut cut, OverparameterizationSweep measured) {
        List<CutPoint> typical = withInterpolationPoint(cut);
        double[] np = column(typical, CutPoint::overparameterization);
        List<Series> series = new ArrayList<>();
        series.add(new Series("eps_typical", "typical", np,
                column(typical, p -> p.converged() && p.entropy() >= 0 ? p.epsTypical() : Double.NaN), null, Series.Style.LINE, 0));
        List<CutPoint> mm = cut.maxMargin();
        if (!mm.isEmpty()) {
            double[] mx = column(mm, CutPoint::overparameterization);
            double[] my = column(mm, p -> p.converged() ? p.epsMaxMargin() : Double.NaN);
            series.add(new Series("eps_max_margin", "max margin (atypical)", mx, my, null, Series.Style.LINE, 1));
            series.add(new Series("eps_max_margin_points", "", mx, my, null, Series.Style.POINTS, 1));
        }
        series.add(new Series("eps_bayes", "Bayesian ensemble", np,
                column(typical, p -> p.converged() && p.entropy() >= 0 ? p.epsBayes() : Double.NaN), null, Series.Style.DASHED, 2));
        OverparameterizationSweep m = matching(cut, measured);
        if (m != null) {
            series.add(new Series("test_error", "solutions found, " + runs(m), overparameterization(m),
                    m.points().stream().mapToDouble(OverparameterizationSweep.Point::meanTestError).toArray(),
                    m.points().stream().mapToDouble(p -> Double.isNaN(p.testErrorStderr()) ? 0 : p.testErrorStderr()).toArray(),
                    Series.Style.POINTS, 3));
        }
        long mmFailed = mm.stream().filter(p -> !p.converged()).count();
        String note = join(mmFailed == 0 ? "" : mmFailed + " max-margin point(s) did not converge (gaps)",
                "no solutions left of the interpolation point", m == null ? "" : sweepNote(m) + ", test error of the runs that solved",
                LE_NOT_COMPUTED);
        return new Figure(String.format(Locale.ROOT, "Generalization error, \\alpha_D = %.2f", cut.alphaD()),
                Axis.range("N/P", 0, X_MAX), Axis.range("\\varepsilon_g", 0, 0.5), series, markers(cut), bands(cut), note,
                parameters(cut, m));
    }

    /**
     * Local energy E(p) vs N/P of the solutions a training sweep found on this cut (Baldassi et al., PNAS 113, E7655
     * (2016): the fraction of training patterns that become errors when a fraction p of a solution's weights is flipped),
     * one point set per flip fraction, mean and standard error over solved seeds; no point where no run solved. Lower
     * is flatter. The interpolation point is marked; there is no theory curve (E(p) of typical solutions on random
     * features is not computed). Without a sweep of this alpha_D, empty axes and a note.
     */
    public static Figure localEnergy(RandomFeaturesCut cut, OverparameterizationSweep measured) {
        OverparameterizationSweep m = matching(cut, measured);
        List<Series> series = new ArrayList<>();
        double top = 0;
        if (m != null) {
            double[] ps = m.flipFractions();
            for (int i = 0; i < ps.length; i++) {
                int k = i;
                double[] y = m.points().stream().mapToDouble(p -> p.localEnergy().get(k).mean()).toArray();
                double[] err = m.points().stream().mapToDouble(p -> p.localEnergy().get(k).stderr())
                        .map(e -> Double.isNaN(e) ? 0 : e).toArray();
                for (int j = 0; j < y.length; j++) {
                    top = Double.isNaN(y[j]) ? top : Math.max(top, y[j] + err[j]);
                }
                String label = String.format(Locale.ROOT, "$p = %s$", ps[i]) + (i == 0 ? ", " + runs(m) : "");
                series.add(new Series(localEnergyKey(ps[i]), label,
                        overparameterization(m), y, err, Series.Style.POINTS, 3 + i));
            }
        }
        String note = join(m == null ? "train a sweep over N at this α_D to measure the local energy" : sweepNote(m)
                + ", E(p) of the runs that solved, training set", "lower is flatter; no theory curve");
        Map<String, Object> params = parameters(cut, m);
        if (m != null) {
            params.put("local_energy_flip_fractions", m.flipFractions());
            params.put("local_energy_flip_sets", org.phaselab.service.randomfeatures.HiddenManifoldSweep.FLIP_SETS);
        }
        double yMax = Math.max(0.1, Math.ceil(top * 1.15 / 0.05) * 0.05);
        return new Figure(String.format(Locale.ROOT, "Local energy of the solutions found, \\alpha_D = %.2f", cut.alphaD()),
                Axis.range("N/P", 0, X_MAX), new Axis("E(p)", "fraction of P", 0, yMax, false), series,
                markers(cut), bands(cut), note, params);
    }

    /** CSV column prefix of the local energy at flip fraction p, e.g. "local_energy_p0.02". */
    public static String localEnergyKey(double p) {
        return "local_energy_p" + p;
    }

    /**
     * The cut's typical points with the interpolation point itself (entropy exactly 0) in N/P order, so the SAT
     * curves start at 1/alpha_c and the entropy's solid and dotted parts meet there.
     */
    private static List<CutPoint> withInterpolationPoint(RandomFeaturesCut cut) {
        List<CutPoint> pts = new ArrayList<>(cut.typical());
        if (cut.interpolation().converged()) {
            var at = cut.interpolation().saddle();
            double a = cut.interpolation().value();
            pts.add(new CutPoint(a, 1 / a, 0.0, at.epsTypical(), at.epsBayes(), 0.0, at.epsTypical(), cut.interpolation().convergence()));
            pts.sort(java.util.Comparator.comparingDouble(CutPoint::overparameterization));
        }
        return pts;
    }

    private static List<Marker> markers(RandomFeaturesCut cut) {
        double npC = cut.interpolationOverparameterization();
        return Double.isFinite(npC)
                ? List.of(new Marker(npC, String.format(Locale.ROOT, "1/\\alpha_c = %.3f", npC), Marker.Kind.TRANSITION))
                : List.of();
    }

    private static List<Band> bands(RandomFeaturesCut cut) {
        double npC = cut.interpolationOverparameterization();
        return Double.isFinite(npC) ? List.of(new Band(npC, X_MAX, "SAT")) : List.of();
    }

    /** The sweep if it belongs to this cut (same alpha_D), else null: points of another cut are never drawn. */
    private static OverparameterizationSweep matching(RandomFeaturesCut cut, OverparameterizationSweep measured) {
        return measured != null && measured.alphaD() == cut.alphaD() ? measured : null;
    }

    private static double[] overparameterization(OverparameterizationSweep m) {
        return m.points().stream().mapToDouble(m::overparameterization).toArray();
    }

    private static String runs(OverparameterizationSweep m) {
        return String.format(Locale.ROOT, "%s, $P = %d$", algorithmName(m), m.p());
    }

    private static String sweepNote(OverparameterizationSweep m) {
        return m == null ? "" : String.format(Locale.ROOT, "points: %s on hidden-manifold data, P = %d, D = %d, %d seeds per N",
                algorithmName(m), m.p(), m.d(), m.seeds());
    }

    /** The algorithm's name for people ("CP+R"), from the sweep's key ("cpr"). */
    private static String algorithmName(OverparameterizationSweep m) {
        try {
            return Algorithm.fromKey(m.algorithm()).displayName();
        } catch (IllegalArgumentException e) {
            return m.algorithm();
        }
    }

    private static Map<String, Object> parameters(RandomFeaturesCut cut, OverparameterizationSweep m) {
        Map<String, Object> params = parameters(cut);
        if (m != null) {
            putSweep(params, m);
        }
        return params;
    }

    private static void putSweep(Map<String, Object> params, OverparameterizationSweep m) {
        params.put("sweep_algorithm", m.algorithm());
        params.put("sweep_p", m.p());
        params.put("sweep_d", m.d());
        params.put("sweep_seeds", m.seeds());
    }

    private static Map<String, Object> parameters(RandomFeaturesCut cut) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", MODEL);
        params.put("alpha_d", cut.alphaD());
        params.put("alpha_c", cut.interpolation().converged() ? cut.interpolation().value() : "not converged: " + cut.interpolation().failure());
        params.put("alpha_le", "not computed");
        return params;
    }

    private static double[] column(List<CutPoint> pts, ToDoubleFunction<CutPoint> f) {
        return pts.stream().mapToDouble(f).toArray();
    }

    private static String join(String... parts) {
        return CurveSeries.joinNotes(parts);
    }
}
