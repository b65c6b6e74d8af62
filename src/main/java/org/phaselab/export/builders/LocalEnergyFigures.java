package org.phaselab.export.builders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.service.training.Flatness;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.training.measure.LocalEnergyPoint;

/**
 * The local energy E(p) of trained networks (flatness, THEORY.md section 7): for each network its
 * measured curve with standard errors over flip sets (training set filled, test set hollow), beside the
 * planted teacher's arccos(1 - 2p)/pi. Several networks on the same data (e.g. CP+R and annealing) share
 * the axes, so the user sees which solution is flatter.
 */
public final class LocalEnergyFigures {
    private LocalEnergyFigures() {}

    /** @param measured one or more curves, on the same data; the first sets title and parameters */
    public static Figure of(List<Flatness> measured) {
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("no local-energy curve to draw");
        }
        double pMax = measured.stream().flatMap(f -> f.points().stream()).mapToDouble(LocalEnergyPoint::p).max().orElse(0.1);
        List<Series> series = new ArrayList<>();
        series.add(plantedTeacher(pMax));
        Flatness first = measured.get(0);
        if (first.typical().length == Flatness.FLIP_FRACTIONS.length) {
            series.add(new Series("typical_rs", "typical solutions (RS)", Flatness.FLIP_FRACTIONS, first.typical(), null,
                    Series.Style.LINE, -1));
        }
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Flatness f = measured.get(i);
            String who = f.scene().algorithm().displayName();
            String key = f.scene().algorithm().key(); // one curve per algorithm
            int colour = TrainingFigures.colour(f.scene().algorithm());
            List<LocalEnergyPoint> pts = f.points();
            double[] p = pts.stream().mapToDouble(LocalEnergyPoint::p).toArray();
            series.add(new Series("local_energy_train_" + key, who + ", training set", p,
                    pts.stream().mapToDouble(LocalEnergyPoint::trainError).toArray(),
                    pts.stream().mapToDouble(LocalEnergyPoint::trainStderr).toArray(), Series.Style.POINTS, colour));
            if (pts.stream().anyMatch(x -> Double.isFinite(x.testError()))) {
                series.add(new Series("local_energy_test_" + key, who + ", test set", p,
                        pts.stream().mapToDouble(LocalEnergyPoint::testError).toArray(),
                        pts.stream().mapToDouble(LocalEnergyPoint::testStderr).toArray(), Series.Style.HOLLOW_POINTS, colour));
            }
            notes.add(String.format(Locale.ROOT, "%s: %s after %d epochs", who,
                    f.state().solved() ? "solution" : f.state().trainErrors() + " errors left (not a solution)", f.state().epoch()));
        }
        TrainingScene s = measured.get(0).scene();
        Map<String, Object> params = TrainingFigures.parameters(s);
        params.put("flip_sets", Flatness.FLIP_SETS);
        params.put("algorithms", measured.stream().map(f -> f.scene().algorithm().key()).toList());
        params.put("trainer_seeds", measured.stream().map(f -> f.scene().trainerSeed()).toList());
        String note = String.join("; ", notes) + String.format(Locale.ROOT, "; %d flip sets per p", Flatness.FLIP_SETS)
                + (first.typical().length > 0 ? "" : "; typical (RS) E(p) applies to a perceptron on storage data only");
        String title = String.format(Locale.ROOT, "Local energy, %s, $\\alpha = %.2f$, $N = %d$",
                s.data().name().toLowerCase(Locale.ROOT), s.alpha(), s.n());
        return new Figure(title, Axis.range("p", 0, pMax * 1.04), Axis.auto("E(p)"), series, List.of(), List.of(), note, params);
    }

    private static Series plantedTeacher(double pMax) {
        int grid = 100;
        double[] p = new double[grid + 1];
        double[] e = new double[grid + 1];
        for (int i = 0; i <= grid; i++) {
            p[i] = pMax * i / grid;
            e[i] = TrainingTheory.plantedLocalEnergy(p[i]);
        }
        return new Series("planted_teacher", "planted teacher $\\arccos(1-2p)/\\pi$", p, e, null, Series.Style.DASHED, -1);
    }
}
