package org.phaselab.export.builders;

import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.service.randomfeatures.AtypicalBackend;
import org.phaselab.service.randomfeatures.LocalEntropyCurves;
import org.phaselab.theory.randomfeatures.LocalEntropyPointRF;

/**
 * The Franz-Parisi local entropy phi_FP(d) on a cut of the random-features phase diagram (Baldassi et al.,
 * PRE 106, 014116 (2022); docs/random-features.md, "Local entropy"), against its upper bound H2(d).
 */
public final class LocalEntropyCurvesFigure {
    private static final double D_MAX = 0.105;

    private LocalEntropyCurvesFigure() {}

    /**
     * phi_FP(d) vs d on the cut at a few N/P, with the upper bound H2(d) (all configurations at distance d):
     * a curve that turns down at small d (non-monotonic) means isolated references; one that follows H2 means a
     * dense region around them. Failed points are gaps and are counted in the note.
     */
    public static Figure of(LocalEntropyCurves c) {
        List<Series> series = new ArrayList<>();
        double[] d = AtypicalBackend.DISTANCES;
        double[] bound = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            bound[i] = -d[i] * Math.log(d[i]) - (1 - d[i]) * Math.log(1 - d[i]); // H2(d) in nats
        }
        series.add(new Series("h2", "$H_2(d)$, upper bound", d, bound, null, Series.Style.DASHED, -1));
        long failed = 0;
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < c.curves().size(); k++) {
            LocalEntropyCurves.Curve cu = c.curves().get(k);
            double[] x = cu.points().stream().mapToDouble(LocalEntropyPointRF::d).toArray();
            double[] y = cu.points().stream().mapToDouble(p -> p.converged() ? p.phi() : Double.NaN).toArray();
            boolean drawn = java.util.Arrays.stream(y).anyMatch(Double::isFinite); // no legend entry for nothing drawn
            series.add(new Series(String.format(Locale.ROOT, "phi_np%.3f", cu.overparameterization()),
                    drawn ? String.format(Locale.ROOT, "$N/P = %.2f$, %s", cu.overparameterization(), cu.role()) : "", x, y, null,
                    Series.Style.LINE, k));
            failed += cu.failedPoints();
            if (cu.failure() != null) {
                missing.add(String.format(Locale.ROOT, "N/P = %.2f: %s", cu.overparameterization(), cu.failure()));
            }
        }
        long total = c.curves().stream().mapToLong(cu -> cu.points().size()).sum();
        String firstFailure = c.curves().stream().flatMap(cu -> cu.points().stream()).filter(p -> !p.converged())
                .map(LocalEntropyPointRF::failure).filter(f -> f != null && !f.isBlank()).findFirst().orElse("not converged");
        List<String> parts = new ArrayList<>();
        if (!c.interpolation().converged()) {
            parts.add("no curves: α_c did not converge at this α_D (" + c.interpolation().failure() + ")");
        }
        if (failed > 0) {
            parts.add(String.format(Locale.ROOT, "%d of %d points did not converge (gaps: %s)", failed, total, firstFailure));
        }
        parts.addAll(missing);
        parts.add(c.transition() == null ? "α_LE: computing… (N/P chosen from α_c)" : AtypicalFigures.cutNote(c.transition()));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "random-features binary perceptron, sign features, students at kappa = 0 around max-margin references (RS)");
        params.put("alpha_d", c.alphaD());
        params.put("alpha_c", c.interpolation().converged() ? (Object) c.interpolation().value() : NullNode.getInstance());
        AtypicalFigures.putCut(params, c.transition());
        params.put("overparameterizations", c.curves().stream().mapToDouble(LocalEntropyCurves.Curve::overparameterization).toArray());
        params.put("distances", d);
        return new Figure(String.format(Locale.ROOT, "Local entropy on the cut, \\alpha_D = %.2f", c.alphaD()),
                Axis.range("d", 0, D_MAX), Axis.auto("\\phi_{FP}(d)"), series, List.of(), List.of(),
                String.join("; ", parts.stream().filter(p -> !p.isEmpty()).toList()), params);
    }
}
