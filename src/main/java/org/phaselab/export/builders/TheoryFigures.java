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
import org.phaselab.service.theory.Curve;
import org.phaselab.service.theory.EntropyFamily;
import org.phaselab.service.theory.LocalEntropyFamily;
import org.phaselab.service.theory.TeacherStudentCurves;
import org.phaselab.service.theory.Threshold;

/** Figures of the theory panel, from solver results: the same figures on screen, in files and on the command line. */
public final class TheoryFigures {
    /** Palette index of the large-deviation curve: after the four margins, the purple of the atypical panel's line. */
    private static final int LARGE_DEVIATION_COLOUR = 5;

    private TheoryFigures() {}

    /** Storage entropy s(alpha) for several kappa, with alpha_c(kappa) marked. */
    public static Figure entropy(EntropyFamily family) {
        List<Series> series = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < family.curves().size(); i++) {
            Curve c = family.curves().get(i);
            Threshold t = i < family.capacities().size() ? family.capacities().get(i) : null;
            String label = c.label();
            if (t != null && t.converged()) {
                // the capacity goes into the legend; the line itself carries only the short value
                label += String.format(Locale.ROOT, ",~\\alpha_c = %.4f", t.value());
                markers.add(new Marker(t.value(), String.format(Locale.ROOT, "%.3f", t.value()), Marker.Kind.TRANSITION));
            }
            series.addAll(CurveSeries.of(new Curve(c.key(), label, c.parameter(), c.points()), Series.Style.LINE, i));
        }
        List<Band> bands = new ArrayList<>();
        Threshold le = family.alphaLocalEntropy();
        if (le.converged() && le.value() < family.request().alphaMax()) {
            // kappa = 0 students: where max-margin references lose a monotonic local entropy (RS Franz-Parisi),
            // beside the literature's band (Baldassi et al. PRL 127, 278301 (2021)), which uses another criterion
            markers.add(new Marker(le.value(), String.format(Locale.ROOT, "\\alpha_{LE}^{RS} = %.3f", le.value()), Marker.Kind.REFERENCE));
            bands.add(new Band(0.77, 0.78, "literature (beyond RS)"));
        }
        // the RS large-deviation measure's thresholds (y -> infinity, free reference; docs/large-deviation.md LD 6)
        for (Threshold t : family.largeDeviation()) {
            if (t.converged() && t.value() < family.request().alphaMax()) {
                markers.add(new Marker(t.value(), String.format(Locale.ROOT, "%s = %.3f", t.label(), t.value()), Marker.Kind.REFERENCE));
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "binary perceptron, storage (RS)");
        params.put("kappas", family.request().kappas());
        params.put("alpha_min", family.request().alphaMin());
        params.put("alpha_max", family.request().alphaMax());
        params.put("points", family.request().points());
        String note = join(CurveSeries.failureNote(family.curves()),
                "dotted: s < 0, not physical (beyond capacity); curves end at α_GD(κ), where RS has no solution with q < 1");
        return new Figure("Entropy of solutions", Axis.range("\\alpha", 0, family.request().alphaMax()),
                Axis.range("s(\\alpha)", -0.3, 0.75), series, markers, bands, note, params);
    }

    /** Teacher-student eps_g(alpha): equilibrium with its jump to 0, the metastable branch dashed. */
    public static Figure teacherStudent(TeacherStudentCurves ts) {
        List<Series> series = new ArrayList<>();
        series.addAll(CurveSeries.of(ts.equilibrium(), Series.Style.LINE, 0));
        series.addAll(CurveSeries.of(ts.metastable(), Series.Style.DASHED, 0));
        List<Marker> markers = new ArrayList<>();
        if (ts.transition().converged()) {
            markers.add(new Marker(ts.transition().value(),
                    String.format(Locale.ROOT, "\\alpha_{1st} = %.3f", ts.transition().value()), Marker.Kind.TRANSITION));
        }
        if (ts.spinodal().converged()) {
            markers.add(new Marker(ts.spinodal().value(),
                    String.format(Locale.ROOT, "\\alpha_{sp} = %.3f", ts.spinodal().value()), Marker.Kind.SPINODAL));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "binary perceptron, teacher-student, Gibbs learning (RS, Nishimori)");
        params.put("alpha_max", ts.request().alphaMax());
        params.put("points", ts.request().points());
        String note = join(CurveSeries.failureNote(List.of(ts.equilibrium(), ts.metastable())), "dashed: metastable branch");
        return new Figure("Teacher-student generalization", Axis.range("\\alpha", 0, ts.request().alphaMax()),
                Axis.range("\\varepsilon_g", 0, 0.5), series, markers, List.of(), note, params);
    }

    /**
     * Local entropy phi_FP(d) around references of several margins, with the bound H2(d). A preview (coarse, while a
     * slider moves) is drawn dashed in grey and says so in its note.
     */
    public static Figure localEntropy(LocalEntropyFamily le) {
        boolean preview = le.request().isPreview();
        List<Series> series = new ArrayList<>();
        series.addAll(CurveSeries.of(le.upperBound(), Series.Style.DASHED, -1));
        for (int i = 0; i < le.curves().size(); i++) {
            series.addAll(CurveSeries.of(le.curves().get(i), preview ? Series.Style.DASHED : Series.Style.LINE, preview ? -1 : i));
        }
        if (le.largeDeviation() != null) {
            // the densest reference at each d (y -> infinity): dashed, a colour after the margins'
            series.addAll(CurveSeries.of(le.largeDeviation(), Series.Style.DASHED, preview ? -1 : LARGE_DEVIATION_COLOUR));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "binary perceptron, Franz-Parisi local entropy (RS)" + (le.largeDeviation() == null ? ""
                : "; large-deviation local entropy S_LD, y -> infinity, free reference (RS)"));
        params.put("alpha", le.request().alpha());
        params.put("kappa", le.request().kappa());
        params.put("kappa_refs", le.request().kappaRefs());
        params.put("d_max", le.request().dMax());
        params.put("points", le.request().points());
        params.put("fidelity", le.request().fidelity().name().toLowerCase(Locale.ROOT));
        List<String> notes = new ArrayList<>();
        if (preview) {
            notes.add(String.format(Locale.ROOT, "preview (%d points, looser tolerance): the full curves follow", le.request().points()));
        }
        notes.add(CurveSeries.failureNote(le.allCurves()));
        if (le.kappaMax().converged()) {
            notes.add(String.format(Locale.ROOT, "κ_max(α) = %.4f", le.kappaMax().value()));
        }
        if (le.alphaLocalEntropy().converged()) {
            notes.add(String.format(Locale.ROOT, "α_LE = %.3f (%s)", le.alphaLocalEntropy().value(), le.alphaLocalEntropy().criterion()));
        } else {
            notes.add("α_LE: " + le.alphaLocalEntropy().criterion());
        }
        String title = String.format(Locale.ROOT, "Local entropy at \\alpha = %.3f", le.request().alpha());
        String yLabel = le.largeDeviation() == null ? "\\phi_{FP}(d)" : "\\phi_{FP}(d),~S_{LD}(d)";
        return new Figure(title, Axis.range("d", 0, le.request().dMax()), Axis.auto(yLabel),
                series, List.of(), List.<Band>of(), join(notes.toArray(String[]::new)), params);
    }

    private static String join(String... parts) {
        return CurveSeries.joinNotes(parts);
    }
}
