package org.phaselab.export.builders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.deep.LandscapeCurve;
import org.phaselab.service.deep.PhaseDiagram;
import org.phaselab.service.deep.SweepPair;
import org.phaselab.theory.deeplinear.BranchPoint;
import org.phaselab.theory.deeplinear.Landscape;
import org.phaselab.theory.deeplinear.StationaryPoint;
import org.phaselab.theory.deeplinear.Transition;
import org.phaselab.training.deep.TrainingPoint;

/** Figures of the deep-transition panel (Ziyin &amp; Ueda, arXiv:2205.12510), from backend results. */
public final class DeepTransitionFigures {
    private DeepTransitionFigures() {}

    /** L(b) at one gamma with its minima (filled) and maxima (hollow). */
    public static Figure landscape(LandscapeCurve curve) {
        Landscape l = curve.landscape();
        List<Series> series = new ArrayList<>();
        series.add(new Series("loss", "L(b)", curve.b(), curve.loss(), null, Series.Style.LINE, 0));
        List<StationaryPoint> minima = l.minima();
        List<StationaryPoint> others = l.points().stream().filter(p -> !p.isMinimum()).toList();
        series.add(points("minima", "minima", minima, Series.Style.POINTS, 1));
        series.add(points("maxima", "maxima", others, Series.Style.HOLLOW_POINTS, 1));
        double lowest = l.points().stream().mapToDouble(StationaryPoint::loss).min().orElse(0);
        double origin = curve.loss()[0];
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "deep linear net with weight decay, reduced loss (a = c = 1)");
        params.put("depth", l.model().depth());
        params.put("gamma", l.gamma());
        String note = l.converged() ? String.format(Locale.ROOT, "b* = %.4f (global minimum)", l.bStar())
                : "root search failed: " + l.convergence().reason();
        return new Figure(String.format(Locale.ROOT, "Reduced loss: D = %d, gamma = %.3f", l.model().depth(), l.gamma()),
                Axis.range("b", 0, curve.b()[curve.b().length - 1]),
                Axis.range("L(b)", lowest - 0.15, Math.max(origin, lowest) + 0.6), series, List.of(), List.of(), note, params);
    }

    /** b*(gamma): global minimum solid, metastable branches dashed, transition and spinodal marked, sweeps overlaid. */
    public static Figure orderParameter(PhaseDiagram diagram, SweepPair measured) {
        List<BranchPoint> pts = diagram.points();
        double[] gamma = column(pts, BranchPoint::gamma);
        double[] global = column(pts, BranchPoint::bGlobal);
        double[] metastable = column(pts, p -> Math.abs(p.bOrdered() - p.bGlobal()) > 1e-12 ? p.bOrdered() : Double.NaN);
        double[] trivial = column(pts, p -> p.bTrivialStable() && p.bGlobal() > 0 ? 0.0 : Double.NaN);
        List<Series> series = new ArrayList<>(List.of(
                new Series("b_global", "$b^*$ (global)", gamma, global, null, Series.Style.LINE, 0),
                new Series("b_ordered_metastable", "metastable", gamma, metastable, null, Series.Style.DASHED, 0),
                new Series("b_trivial_metastable", "", gamma, trivial, null, Series.Style.DASHED, 0)));
        if (measured != null) {
            series.add(measuredSeries("sweep_up", "GD, $\\gamma$ up", measured.up().points(), Series.Style.POINTS, 1));
            series.add(measuredSeries("sweep_down", "GD, $\\gamma$ down", measured.down().points(), Series.Style.HOLLOW_POINTS, 2));
            List<TrainingPoint> failed = new ArrayList<>(measured.up().points());
            failed.addAll(measured.down().points());
            failed.removeIf(TrainingPoint::converged);
            series.add(new Series("sweep_not_converged", failed.isEmpty() ? "" : "not converged",
                    failed.stream().mapToDouble(TrainingPoint::gamma).toArray(),
                    failed.stream().mapToDouble(TrainingPoint::norm).toArray(), null, Series.Style.HOLLOW_POINTS, -1));
        }
        Map<String, Object> params = parameters(diagram);
        String note = measured == null ? "dashed: metastable branches" : String.format(Locale.ROOT,
                "dashed: metastable; points: GD, %s, width %d, %d of %d points converged", measured.up().spec().activation()
                        .name().toLowerCase(Locale.ROOT), measured.up().spec().width(), converged(measured),
                measured.up().points().size() + measured.down().points().size());
        if (measured != null) {
            params.put("sweep_seed", measured.up().spec().seed());
            params.put("sweep_activation", measured.up().spec().activation().name());
        }
        return new Figure("Order parameter", Axis.range("\\gamma", 0, diagram.gammaMax()), Axis.range("b", -0.02, 1.1),
                series, markers(diagram.transition()), List.of(), note, params);
    }

    /** dL_min/dgamma = (D+1) b*^2 (jumps at first order) and d^2 L_min/dgamma^2 (jumps at second order). */
    public static Figure derivatives(PhaseDiagram diagram) {
        List<BranchPoint> pts = diagram.points();
        double[] gamma = column(pts, BranchPoint::gamma);
        List<Series> series = List.of(
                new Series("dL_dgamma", "dL^*/d\\gamma", gamma, column(pts, BranchPoint::dLossDGamma), null, Series.Style.LINE, 0),
                new Series("d2L_dgamma2", "d^2L^*/d\\gamma^2", gamma, column(pts, BranchPoint::d2LossDGamma2), null, Series.Style.LINE, 1));
        return new Figure("Derivatives of the minimal loss", Axis.range("\\gamma", 0, diagram.gammaMax()), Axis.auto("derivative"),
                series, markers(diagram.transition()), List.of(), "first order: dL*/dγ jumps; second order: d²L*/dγ² jumps",
                parameters(diagram));
    }

    private static List<Marker> markers(Transition t) {
        List<Marker> markers = new ArrayList<>();
        if (t.order() != Transition.Order.NONE && Double.isFinite(t.gammaC())) {
            markers.add(new Marker(t.gammaC(), String.format(Locale.ROOT, "\\gamma_c = %.3f", t.gammaC()), Marker.Kind.TRANSITION));
        }
        if (t.order() == Transition.Order.FIRST && Double.isFinite(t.gammaSpinodal())) {
            markers.add(new Marker(t.gammaSpinodal(), String.format(Locale.ROOT, "\\gamma_{sp} = %.3f", t.gammaSpinodal()), Marker.Kind.SPINODAL));
        }
        return markers;
    }

    private static Map<String, Object> parameters(PhaseDiagram d) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "deep linear net with weight decay, reduced loss (a = c = 1)");
        params.put("depth", d.transition().model().depth());
        params.put("order", d.transition().order().label());
        params.put("gamma_max", d.gammaMax());
        return params;
    }

    private static Series points(String key, String label, List<StationaryPoint> pts, Series.Style style, int colour) {
        return new Series(key, label, pts.stream().mapToDouble(StationaryPoint::b).toArray(),
                pts.stream().mapToDouble(StationaryPoint::loss).toArray(), null, style, colour);
    }

    private static Series measuredSeries(String key, String label, List<TrainingPoint> pts, Series.Style style, int colour) {
        return new Series(key, label, pts.stream().mapToDouble(TrainingPoint::gamma).toArray(),
                pts.stream().mapToDouble(p -> p.converged() ? p.norm() : Double.NaN).toArray(), null, style, colour);
    }

    private static int converged(SweepPair m) {
        return (int) (m.up().points().stream().filter(TrainingPoint::converged).count()
                + m.down().points().stream().filter(TrainingPoint::converged).count());
    }

    private static double[] column(List<BranchPoint> pts, ToDoubleFunction<BranchPoint> f) {
        return pts.stream().mapToDouble(f).toArray();
    }
}
