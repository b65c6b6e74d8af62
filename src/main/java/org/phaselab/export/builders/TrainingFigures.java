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
import org.phaselab.service.theory.TeacherStudentCurves;
import org.phaselab.service.theory.Threshold;
import org.phaselab.service.training.SweepSeries;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.TrainingSnapshot;

/** Figures of the training lab: live curves of a run and sweeps on the theory axes ({@link LocalEnergyFigures}: flatness). */
public final class TrainingFigures {
    /** Longest history drawn point by point; longer ones are thinned evenly (the last point is always kept). */
    static final int MAX_LIVE_POINTS = 2000;

    private TrainingFigures() {}

    /** Training error, test error (teacher data) and the replicas' mean distance to their center, per epoch. */
    public static Figure live(List<TrainingSnapshot> history, TrainingScene scene) {
        List<TrainingSnapshot> shown = thin(history);
        int n = shown.size();
        double[] epoch = new double[n];
        double[] train = new double[n];
        double[] test = new double[n];
        double[] distance = new double[n];
        boolean anyTest = false;
        boolean anyDistance = false;
        for (int i = 0; i < n; i++) {
            TrainingSnapshot s = shown.get(i);
            epoch[i] = s.epoch();
            train[i] = s.trainError();
            test[i] = s.testError();
            anyTest |= Double.isFinite(s.testError());
            double[] d = s.replicaDistances();
            distance[i] = d.length == 0 ? Double.NaN : java.util.Arrays.stream(d).average().orElse(Double.NaN);
            anyDistance |= d.length > 0;
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("train_error", "training error", epoch, train, null, Series.Style.LINE, 0));
        if (anyTest) {
            series.add(new Series("test_error", "test error", epoch, test, null, Series.Style.LINE, 1));
        }
        if (anyDistance) {
            series.add(new Series("replica_distance", "replica distance $d$", epoch, distance, null, Series.Style.DASHED, 2));
        }
        TrainingSnapshot last = history.isEmpty() ? null : history.get(history.size() - 1);
        String note = last == null ? "no run yet" : String.format(Locale.ROOT, "epoch %d: %d training errors%s%s", last.epoch(),
                last.trainErrors(), Double.isFinite(last.testError()) ? String.format(Locale.ROOT, ", test error %.4f", last.testError()) : "",
                Double.isFinite(last.overlap()) ? String.format(Locale.ROOT, ", R = %.4f", last.overlap()) : "");
        double xMax = Math.max(1, last == null ? 1 : last.epoch());
        return new Figure("Training: " + scene.algorithm().displayName(), Axis.range("\\text{epoch}", 0, xMax),
                Axis.range("\\text{fraction}", 0, 0.55), series, List.of(), List.of(), note, parameters(scene));
    }

    /** Storage: fraction of seeds solved vs alpha for each algorithm, with the perceptron's capacity marked. */
    public static Figure solvedFraction(List<SweepSeries> sweeps, Threshold capacity, TrainingScene scene) {
        List<Series> series = new ArrayList<>();
        for (int i = sweeps.size() - 1; i >= 0; i--) { // the first series is drawn on top: annealing's hollow markers
            SweepSeries sw = sweeps.get(i);
            series.add(new Series("solved_" + sw.algorithm().key(), label(sw), alphas(sw),
                    sw.points().stream().mapToDouble(SweepPoint::solvedFraction).toArray(),
                    sw.points().stream().mapToDouble(SweepPoint::solvedFractionStderr).toArray(), style(i), colour(sw)));
        }
        List<Marker> markers = new ArrayList<>();
        boolean perceptron = scene.student() == TrainingScene.StudentKind.PERCEPTRON;
        if (capacity != null && capacity.converged() && perceptron) {
            markers.add(new Marker(capacity.value(), String.format(Locale.ROOT, "\\alpha_c = %.3f", capacity.value()), Marker.Kind.TRANSITION));
        }
        Map<String, Object> params = sweepParameters(scene);
        String note = String.format(Locale.ROOT, "%d seeds per α, %.0f s per run; error bars: binomial%s", scene.sweepSeeds(),
                scene.sweepSeconds(), perceptron ? "" : "; α_c is the perceptron's, not drawn for committees");
        return new Figure(String.format(Locale.ROOT, "Solved fraction, storage, $N = %d$", scene.n()),
                Axis.range("\\alpha", 0, Math.max(1.0, scene.sweepAlphaMax() * 1.1)), Axis.range("\\text{solved fraction}", -0.02, 1.05),
                series, markers, List.of(), note, params);
    }

    /** Teacher data: mean test error vs alpha over seeds, on the Gibbs eps_g(alpha) of the theory panel. */
    public static Figure generalization(List<SweepSeries> sweeps, TeacherStudentCurves theory, TrainingScene scene) {
        List<Series> series = new ArrayList<>();
        boolean comparable = scene.student() == TrainingScene.StudentKind.PERCEPTRON;
        List<Marker> markers = new ArrayList<>();
        if (theory != null && comparable) {
            series.addAll(CurveSeries.of(theory.equilibrium(), Series.Style.LINE, -1));
            series.addAll(CurveSeries.of(theory.metastable(), Series.Style.DASHED, -1));
            if (theory.transition().converged()) {
                markers.add(new Marker(theory.transition().value(),
                        String.format(Locale.ROOT, "\\alpha_{1st} = %.3f", theory.transition().value()), Marker.Kind.TRANSITION));
            }
        }
        List<Series> measured = new ArrayList<>();
        for (int i = sweeps.size() - 1; i >= 0; i--) { // drawn on top of the theory, annealing's hollow markers topmost
            SweepSeries sw = sweeps.get(i);
            measured.add(new Series("test_error_" + sw.algorithm().key(), label(sw), alphas(sw),
                    sw.points().stream().mapToDouble(SweepPoint::meanTestError).toArray(),
                    sw.points().stream().mapToDouble(SweepPoint::testErrorStderr).toArray(), style(i), colour(sw)));
        }
        series.addAll(0, measured);
        double alphaMax = generalizationAlphaMax(scene);
        String note = String.format(Locale.ROOT, "points: mean test error over %d seeds (solved or not), ± standard error; %s",
                scene.sweepSeeds(), comparable ? "line: typical (Gibbs) ε_g, dashed: metastable"
                        : "the ε_g theory is for the perceptron and is not drawn for committees");
        return new Figure(String.format(Locale.ROOT, "Generalization, teacher data, $N = %d$", scene.n()), Axis.range("\\alpha", 0, alphaMax),
                Axis.range("\\varepsilon_g", -0.01, 0.5), series, markers, List.of(), note, sweepParameters(scene));
    }

    /** Right end of the generalization plot's alpha axis (the theory curve is computed up to it). */
    public static double generalizationAlphaMax(TrainingScene scene) {
        return Math.max(2.0, Math.ceil(scene.sweepAlphaMax() * 11) / 10);
    }

    /** Filled markers for the efficient algorithm, hollow for annealing, so coinciding points stay visible. */
    private static Series.Style style(int i) {
        return i == 0 ? Series.Style.POINTS : Series.Style.HOLLOW_POINTS;
    }

    /** One colour per algorithm across the panel's plots (Tol bright: CP+R blue, SA red, rSGD green, fBP yellow, SBPI purple, SGD cyan). */
    static int colour(Algorithm a) {
        return switch (a) {
            case CPR -> 0;
            case SA -> 1;
            case RSGD -> 2;
            case SBPI -> 5;
            case SGD -> 4;
            case FBP -> 3;
        };
    }

    private static int colour(SweepSeries sw) {
        return colour(sw.algorithm());
    }

    private static String label(SweepSeries sw) {
        return sw.algorithm().displayName() + " (" + sw.algorithm().description() + ")";
    }

    private static double[] alphas(SweepSeries sw) {
        return sw.points().stream().mapToDouble(SweepPoint::alpha).toArray();
    }

    private static List<TrainingSnapshot> thin(List<TrainingSnapshot> history) {
        if (history.size() <= MAX_LIVE_POINTS) {
            return history;
        }
        List<TrainingSnapshot> out = new ArrayList<>();
        double stride = history.size() / (double) MAX_LIVE_POINTS;
        for (int i = 0; i < MAX_LIVE_POINTS - 1; i++) {
            out.add(history.get((int) (i * stride)));
        }
        out.add(history.get(history.size() - 1));
        return out;
    }

    static Map<String, Object> parameters(TrainingScene s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("student", s.student().name().toLowerCase(Locale.ROOT));
        p.put("k", s.k());
        p.put("data", s.data().name().toLowerCase(Locale.ROOT));
        p.put("n", s.n());
        p.put("alpha", s.alpha());
        p.put("algorithm", s.algorithm().key());
        p.put("seed", s.seed());
        p.put("trainer_seed", s.trainerSeed());
        return p;
    }

    private static Map<String, Object> sweepParameters(TrainingScene s) {
        Map<String, Object> p = parameters(s);
        p.remove("alpha");
        p.put("sweep_alpha_min", s.sweepAlphaMin());
        p.put("sweep_alpha_max", s.sweepAlphaMax());
        p.put("sweep_points", s.sweepPoints());
        p.put("sweep_seeds", s.sweepSeeds());
        p.put("sweep_seconds", s.sweepSeconds());
        return p;
    }
}
