package org.phaselab.export.builders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaselab.export.figure.ChartBuilder;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.export.figure.Series;
import org.phaselab.training.Activation;
import org.phaselab.training.jamming.AdamTrainer;
import org.phaselab.training.jamming.CriticalSize;
import org.phaselab.training.jamming.JammingRun;
import org.phaselab.training.jamming.JammingSetup;
import org.phaselab.training.jamming.WidthPoint;
import org.phaselab.training.jamming.TrainingOptions;

class JammingFiguresTest {
    /** A point with fake runs: d = 5, depth 1, so N = 6 h. */
    private static WidthPoint point(int width, boolean... sat) {
        JammingSetup setup = new JammingSetup(100, 5, 1, width, Activation.TANH, 1, TrainingOptions.defaults());
        int weights = setup.shape().parameterCount();
        List<JammingRun> runs = new java.util.ArrayList<>();
        for (boolean s : sat) {
            runs.add(new JammingRun(setup, s, s ? 0 : 30, s ? 0 : 0.1, 10, s ? AdamTrainer.Stop.SAT : AdamTrainer.Stop.PLATEAU,
                    new double[100], new double[weights], 0));
        }
        return new WidthPoint(width, weights, 100, runs);
    }

    @Test
    void phaseDiagramSeparatesSatFromUnsatAndDrawsTheFittedLine() {
        List<WidthPoint> pts = List.of(point(4, false, false), point(6, false, true, true), point(8, true, true));
        CriticalSize nStar = CriticalSize.of(pts);
        assertTrue(nStar.found());
        // crossing between N = 24 (0 SAT) and N = 36 (2/3 SAT): 24 + 12 * (0.5 / (2/3)) = 33
        assertEquals(33.0, nStar.nStar(), 1e-12);
        Figure f = JammingFigures.phaseDiagram(pts, List.of(nStar), Map.of());
        Series sat = f.series().stream().filter(s -> s.key().equals("sat")).findFirst().orElseThrow();
        Series unsat = f.series().stream().filter(s -> s.key().equals("unsat")).findFirst().orElseThrow();
        assertEquals(2, sat.size());
        assertEquals(1, unsat.size());
        Series fit = f.series().stream().filter(s -> s.key().equals("fit")).findFirst().orElseThrow();
        assertEquals(33.0, fit.y()[1] / fit.x()[1] * 100, 1e-9, "the line passes through (P, N*)");
        new ChartBuilder(FigureStyle.SCREEN).build(f); // renders without a display
    }

    @Test
    void unsatisfiedFigureHasOneMeanPerWidthWithErrors() {
        List<WidthPoint> pts = List.of(point(4, false, false), point(6, false, true));
        Figure f = JammingFigures.unsatisfied(pts, CriticalSize.of(pts), Map.of());
        Series s = f.series().get(0);
        assertEquals(2, s.size());
        assertEquals(30.0 / 24, s.y()[0], 1e-12);
        assertEquals(0.24, s.x()[0], 1e-12);
        assertEquals(15.0 / 36, s.y()[1], 1e-12);
        assertTrue(s.yErr()[1] > 0);
    }
}
