package org.phaselab.export.builders;

import org.phaselab.theory.numerics.Convergence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.export.bundle.SeriesCsv;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.service.randomfeatures.OverparameterizationSweep;
import org.phaselab.service.randomfeatures.RandomFeaturesCut;
import org.phaselab.service.randomfeatures.SolvedLocalEnergy;
import org.phaselab.theory.randomfeatures.CutPoint;
import org.phaselab.theory.randomfeatures.OrderParameters;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;
import org.phaselab.theory.randomfeatures.RandomFeaturesSaddle;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/** The cut's figures from hand-made results: what is drawn where, and what is never drawn. */
class RandomFeaturesFiguresTest {
    private static final double ALPHA_C = 1.25; // N/P = 0.8 at the interpolation point

    static RandomFeaturesCut cut(double alphaD) {
        RandomFeaturesSaddle atC = new RandomFeaturesSaddle(RandomFeaturesModel.sign(ALPHA_C, alphaD), OrderParameters.START,
                1e-9, 0.30, 0.27, Convergence.reached(10, 1e-12));
        List<CutPoint> typical = List.of(
                new CutPoint(2.0, 0.5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Convergence.failed(Convergence.Kind.NO_SOLUTION, "RS failed", 1, Double.NaN)), // RS failed deep in UNSAT
                new CutPoint(1.5, 1 / 1.5, -0.1, 0.31, 0.28, Double.NaN, Double.NaN, Convergence.reached(1, 0)),
                new CutPoint(1.0, 1.0, 0.1, 0.29, 0.25, Double.NaN, Double.NaN, Convergence.reached(1, 0)),
                new CutPoint(0.5, 2.0, 0.3, 0.28, 0.22, Double.NaN, Double.NaN, Convergence.reached(1, 0)));
        List<CutPoint> maxMargin = List.of(new CutPoint(0.5, 2.0, Double.NaN, Double.NaN, Double.NaN, 0.4, 0.24, Convergence.reached(1, 0)));
        return new RandomFeaturesCut(alphaD, typical, new ThresholdResult(ALPHA_C, atC, Convergence.reached(12, 0)), maxMargin);
    }

    private static Series series(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void entropyMeetsZeroAtTheInterpolationPointAndFailuresAreGaps() {
        Figure f = RandomFeaturesFigures.entropy(cut(2.0));
        Series solid = series(f, "entropy");
        Series dotted = series(f, "entropy_unphysical");
        assertEquals(0.8, solid.x()[2], 1e-12); // inserted in N/P order: 0.5, 0.667, 0.8, 1, 2
        assertEquals(0.0, solid.y()[2]);
        assertEquals(0.0, dotted.y()[2], "solid and dotted parts meet at s = 0");
        assertTrue(Double.isNaN(solid.y()[0]) && Double.isNaN(dotted.y()[0]), "a failed saddle is a gap");
        assertEquals(-0.1, dotted.y()[1]);
        assertTrue(Double.isNaN(solid.y()[1]));
        assertEquals(0.8, f.markers().get(0).x(), 1e-12);
        assertTrue(f.note().contains("1 point(s) did not converge"), f.note());
        assertTrue(f.note().contains("α_LE: not drawn on this figure"), f.note());
    }

    @Test
    void errorsStartAtTheInterpolationPointAndASweepOfAnotherCutIsNotDrawn() {
        OverparameterizationSweep sweep = new OverparameterizationSweep(2.0, 200, 100, "cpr", 4, List.of(
                new OverparameterizationSweep.Point(100, 4, 0, Double.NaN, Double.NaN),
                new OverparameterizationSweep.Point(400, 4, 4, 0.27, 0.01)));
        Figure f = RandomFeaturesFigures.errors(cut(2.0), sweep);
        Series typical = series(f, "eps_typical");
        assertEquals(0.30, typical.y()[2]); // the threshold saddle's error at N/P = 0.8
        assertTrue(Double.isNaN(typical.y()[1]), "no typical interpolator left of the interpolation point");
        Series measured = series(f, "test_error");
        assertEquals(0.5, measured.x()[0]);
        assertTrue(Double.isNaN(measured.y()[0]), "no run solved: no test error");
        assertEquals(0.27, measured.y()[1]);
        assertEquals(0.01, measured.yErr()[1]);
        assertEquals(0.24, series(f, "eps_max_margin").y()[0]);

        Figure other = RandomFeaturesFigures.errors(cut(3.0), sweep);
        assertTrue(other.series().stream().noneMatch(s -> s.key().equals("test_error")));
        Figure entropy = RandomFeaturesFigures.entropy(cut(2.0), sweep);
        assertEquals(1.0, series(entropy, "solved_fraction").y()[1]);
        assertEquals(0.0, series(entropy, "solved_fraction").y()[0]);
    }
    @Test
    void localEnergyIsOnePointSetPerFlipFractionWithNamedCsvColumnsAndGapsWhereNothingSolved() {
        OverparameterizationSweep sweep = new OverparameterizationSweep(2.0, 200, 100, "cpr", 4, List.of(
                new OverparameterizationSweep.Point(100, 4, 0, Double.NaN, Double.NaN, List.of(
                        new SolvedLocalEnergy(0.02, Double.NaN, Double.NaN), new SolvedLocalEnergy(0.06, Double.NaN, Double.NaN))),
                new OverparameterizationSweep.Point(400, 4, 1, 0.29, Double.NaN, List.of(
                        new SolvedLocalEnergy(0.02, 0.08, Double.NaN), new SolvedLocalEnergy(0.06, 0.15, Double.NaN))),
                new OverparameterizationSweep.Point(800, 4, 4, 0.27, 0.01, List.of(
                        new SolvedLocalEnergy(0.02, 0.05, 0.004), new SolvedLocalEnergy(0.06, 0.11, 0.006)))));
        Figure f = RandomFeaturesFigures.localEnergy(cut(2.0), sweep);
        Series low = series(f, "local_energy_p0.02");
        Series high = series(f, "local_energy_p0.06");
        assertEquals(4.0, low.x()[2]);
        assertTrue(Double.isNaN(low.y()[0]) && Double.isNaN(high.y()[0]), "no run solved: no local energy");
        assertEquals(0.08, low.y()[1]);
        assertEquals(0.0, low.yErr()[1], "one solution: no error bar");
        assertEquals(0.11, high.y()[2]);
        assertEquals(0.006, high.yErr()[2]);
        assertEquals(0.8, f.markers().get(0).x(), 1e-12, "the interpolation point is marked");
        assertTrue(f.y().max() >= 0.15 && f.y().max() <= 0.25, "the axis shows every point: " + f.y().max());
        String header = SeriesCsv.write(f).split("\r\n")[0];
        assertTrue(header.contains("local_energy_p0.02:y E(p) [fraction of P]"), header);
        assertTrue(header.contains("local_energy_p0.06:yerr"), header);
        assertEquals(4, f.parameters().get("sweep_seeds"));

        Figure other = RandomFeaturesFigures.localEnergy(cut(3.0), sweep);
        assertTrue(other.series().isEmpty(), "a sweep of another cut is not drawn");
        assertTrue(other.note().startsWith("train a sweep"), other.note());
    }
}
