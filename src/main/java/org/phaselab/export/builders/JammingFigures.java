package org.phaselab.export.builders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.training.jamming.AdamTrainer;
import org.phaselab.training.jamming.CriticalSize;
import org.phaselab.training.jamming.DeltaHistogram;
import org.phaselab.training.jamming.JammingLine;
import org.phaselab.training.jamming.JammingSweepResult.LabelledSpectrum;
import org.phaselab.training.jamming.PerceptronScan;
import org.phaselab.training.jamming.WidthPoint;

/** Figures of the jamming panel (Geiger et al. 2019): the same on screen, in files and on the command line. */
public final class JammingFigures {
    private JammingFigures() {}

    /** N vs P: SAT (filled) and UNSAT (hollow) widths, the measured N*, a line through them and the paper's P/N* = 3. */
    public static Figure phaseDiagram(List<WidthPoint> points, List<CriticalSize> nStars, Map<String, Object> params) {
        List<double[]> sat = new ArrayList<>();
        List<double[]> unsat = new ArrayList<>();
        double pMax = 1;
        for (WidthPoint pt : points) {
            (pt.satFraction() >= 0.5 ? sat : unsat).add(new double[] {pt.p(), pt.weightCount()});
            pMax = Math.max(pMax, pt.p());
        }
        long budget = points.stream().flatMap(pt -> pt.runs().stream()).filter(r -> r.stop() == AdamTrainer.Stop.BUDGET).count();
        List<double[]> found = new ArrayList<>();
        double ratioSum = 0;
        for (CriticalSize c : nStars) {
            if (c.found()) {
                found.add(new double[] {c.p(), c.nStar()});
                ratioSum += c.patternsPerWeight();
            }
        }
        List<Series> series = new ArrayList<>();
        series.add(xy("sat", "SAT", sat, Series.Style.POINTS, 0));
        series.add(xy("unsat", "UNSAT", unsat, Series.Style.HOLLOW_POINTS, 1));
        series.add(xy("n_star", "N^*", found, Series.Style.POINTS, 2));
        double top = 1.2 * pMax;
        String note = "no N* yet: widen the sweep";
        if (!found.isEmpty()) {
            double ratio = ratioSum / found.size();
            series.add(new Series("fit", String.format(Locale.ROOT, "P/N^* = %.2f", ratio), new double[] {0, top},
                    new double[] {0, top / ratio}, null, Series.Style.LINE, 2));
            note = String.format(Locale.ROOT, "measured P/N* = %.2f (%d sweep%s); paper ~ %.0f", ratio, found.size(),
                    found.size() == 1 ? "" : "s", JammingLine.PAPER_PATTERNS_PER_WEIGHT);
        }
        if (budget > 0) {
            note += String.format(Locale.ROOT, "; %d run%s hit the step budget (counted UNSAT, not certain)", budget, budget == 1 ? "" : "s");
        }
        series.add(new Series("paper", "$P/N^* = 3$ (Geiger et al.)", new double[] {0, top},
                new double[] {0, top / JammingLine.PAPER_PATTERNS_PER_WEIGHT}, null, Series.Style.DASHED, -1));
        return new Figure("Jamming of random data", Axis.auto("P"), Axis.auto("N"), series, List.of(), List.of(), note, params);
    }

    /** Mean N_Delta/N over seeds against N/P, with standard errors; the jump is at N*. */
    public static Figure unsatisfied(List<WidthPoint> points, CriticalSize nStar, Map<String, Object> params) {
        List<WidthPoint> sorted = points.stream().sorted((a, b) -> Integer.compare(a.weightCount(), b.weightCount())).toList();
        int n = sorted.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] err = new double[n];
        for (int i = 0; i < n; i++) {
            WidthPoint pt = sorted.get(i);
            x[i] = pt.weightsPerPattern();
            double mean = pt.meanNDeltaPerWeight();
            y[i] = mean;
            double var = pt.runs().stream().mapToDouble(r -> Math.pow(r.nDeltaPerWeight() - mean, 2)).sum();
            int k = pt.runs().size();
            err[i] = k > 1 ? Math.sqrt(var / (k - 1) / k) : 0;
        }
        List<Marker> markers = new ArrayList<>();
        if (nStar != null && nStar.found()) {
            markers.add(new Marker(nStar.nStar() / nStar.p(), String.format(Locale.ROOT, "N^*/P = %.3f", nStar.nStar() / nStar.p()),
                    Marker.Kind.TRANSITION));
        }
        List<Series> series = List.of(new Series("n_delta_per_n", "N_\\Delta/N", x, y, err, Series.Style.POINTS, 0));
        return new Figure("Unsatisfied constraints", Axis.auto("N/P"), Axis.auto("N_\\Delta/N"), series, markers, List.of(),
                "mean over seeds, bars: standard error", params);
    }

    /** Log-log densities of Delta near N*, with the networks' and the perceptron's power laws. */
    public static Figure gaps(DeltaHistogram h, String where, Map<String, Object> params) {
        List<Series> series = new ArrayList<>();
        series.add(new Series("p_plus", "P_+(\\Delta)", h.centres(), h.positive(), null, Series.Style.POINTS, 0));
        series.add(new Series("p_minus", "P_-(|\\Delta|)", h.centres(), h.negative(), null, Series.Style.HOLLOW_POINTS, 1));
        series.add(powerLaw("theta_net", "\\Delta^{0.3}", h.centres(), h.positive(), JammingLine.NETWORK_THETA, Series.Style.LINE, 0));
        series.add(powerLaw("theta_perceptron", "\\Delta^{0.423}", h.centres(), h.positive(), JammingLine.PERCEPTRON_THETA, Series.Style.DASHED, 0));
        series.add(powerLaw("gamma_net", "|\\Delta|^{-0.2}", h.centres(), h.negative(), -JammingLine.NETWORK_GAMMA, Series.Style.LINE, 1));
        series.add(powerLaw("gamma_perceptron", "|\\Delta|^{-0.413}", h.centres(), h.negative(), -JammingLine.PERCEPTRON_GAMMA, Series.Style.DASHED, 1));
        Axis x = new Axis("|\\Delta|", "", h.centres()[0] / 1.5, h.centres()[h.centres().length - 1] * 1.5, true);
        Axis y = new Axis("density", "", Double.NaN, Double.NaN, true);
        return new Figure("Gaps " + where, x, y, series, List.of(), List.of(),
                "solid: networks (θ ≈ 0.3, γ ≈ 0.2); dashed: non-convex perceptron (θ = 0.423, γ = 0.413)", params);
    }

    /** Sorted Hessian eigenvalues against their rank i/N, one curve per run below, at and above N*. */
    public static Figure hessian(List<LabelledSpectrum> spectra, Map<String, Object> params) {
        List<Series> series = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (int k = 0; k < spectra.size(); k++) {
            LabelledSpectrum s = spectra.get(k);
            double[] lambda = s.spectrum().eigenvalues();
            double[] rank = new double[lambda.length];
            for (int i = 0; i < lambda.length; i++) {
                rank[i] = (i + 0.5) / lambda.length;
            }
            series.add(new Series("hessian_n" + s.weightCount(), String.format(Locale.ROOT, "$N = %d$ (%s)", s.weightCount(),
                    s.sat() ? "SAT" : "UNSAT"), rank, lambda, null, Series.Style.LINE, k));
            note.append(String.format(Locale.ROOT, "%sN = %d %s: %d negative, %d zero, %d positive (N_Δ = %d)",
                    k == 0 ? "" : "; ", s.weightCount(), s.label(), s.spectrum().negative(), s.spectrum().zero(),
                    s.spectrum().positive(), s.nDelta()));
        }
        if (spectra.isEmpty()) {
            note.append("no spectra: N* not bracketed by the sweep");
        }
        return new Figure("Hessian spectrum", Axis.range("i/N", 0, 1), Axis.auto("\\lambda_i"), series, List.of(), List.of(),
                note.toString(), params);
    }

    /** The perceptron's SAT fraction and contacts per weight against alpha, with alpha_J(kappa) and, at kappa = 0, Cover's exact law. */
    public static Figure perceptron(List<PerceptronScan.Point> points) {
        int m = points.size();
        double[] alpha = new double[m];
        double[] sat = new double[m];
        double[] contacts = new double[m];
        int unconverged = 0;
        for (int i = 0; i < m; i++) {
            alpha[i] = points.get(i).alpha();
            sat[i] = points.get(i).satFraction();
            contacts[i] = points.get(i).contactsPerWeight();
            unconverged += points.get(i).unconverged();
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("sat_fraction", "SAT fraction", alpha, sat, null, Series.Style.POINTS, 0));
        series.add(new Series("contacts_per_n", "contacts/N", alpha, contacts, null, Series.Style.HOLLOW_POINTS, 1));
        List<Marker> markers = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "spherical perceptron, quadratic hinge, Riemannian heavy-ball descent");
        String note = "";
        if (m > 0) {
            PerceptronScan.Point first = points.get(0);
            double kappa = first.kappa();
            params.put("N", first.n());
            params.put("kappa", kappa);
            double alphaJ = JammingLine.alpha(kappa);
            markers.add(new Marker(alphaJ, String.format(Locale.ROOT, "\\alpha_J = %.3f", alphaJ), Marker.Kind.TRANSITION));
            if (kappa == 0) {
                int k = 200;
                double[] ax = new double[k];
                double[] ay = new double[k];
                double lo = alpha[0];
                double hi = alpha[m - 1];
                for (int i = 0; i < k; i++) {
                    ax[i] = lo + (hi - lo) * i / (k - 1);
                    ay[i] = JammingLine.coverProbability(first.n(), (int) Math.round(ax[i] * first.n()));
                }
                series.add(new Series("cover", "Cover (exact, finite $N$)", ax, ay, null, Series.Style.DASHED, -1));
            }
            double measured = PerceptronScan.crossing(points);
            note = Double.isFinite(measured)
                    ? String.format(Locale.ROOT, "measured α_J = %.3f (SAT fraction 1/2), theory %.3f", measured, alphaJ)
                    : "SAT fraction does not cross 1/2 in this range";
            if (unconverged > 0) {
                note += String.format(Locale.ROOT, "; %d runs hit the step budget (counted UNSAT)", unconverged);
            }
        }
        return new Figure("Perceptron jamming", Axis.auto("\\alpha"), Axis.auto("fraction"), series, markers, List.of(), note, params);
    }

    private static Series xy(String key, String label, List<double[]> pts, Series.Style style, int colour) {
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        return new Series(key, label, x, y, null, style, colour);
    }

    /** c x^exponent through the first non-empty bin of {@code data} (a guide to the eye, not a fit). */
    private static Series powerLaw(String key, String label, double[] x, double[] data, double exponent, Series.Style style, int colour) {
        int first = -1;
        for (int i = 0; i < data.length && first < 0; i++) {
            if (Double.isFinite(data[i])) {
                first = i;
            }
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = first < 0 ? Double.NaN : data[first] * Math.pow(x[i] / x[first], exponent);
        }
        return new Series(key, label, x, y, null, style, colour);
    }

    /** The parameters behind a sweep, for the data bundle. */
    public static Map<String, Object> parameters(int p, int d, int depth, String activation, int seeds, long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "fully connected net, random data, quadratic hinge (Geiger et al. 2019)");
        m.put("P", p);
        m.put("d", d);
        m.put("depth", depth);
        m.put("activation", activation);
        m.put("seeds", seeds);
        m.put("first_seed", seed);
        return m;
    }
}
