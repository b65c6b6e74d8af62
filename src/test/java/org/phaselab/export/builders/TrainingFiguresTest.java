package org.phaselab.export.builders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.FigureExporter;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.service.theory.Threshold;
import org.phaselab.service.training.SweepSeries;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingScene.StudentKind;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.TrainingSnapshot;

class TrainingFiguresTest {
    private static final TrainingScene SCENE = TrainingScene.DEFAULT;
    private static final Threshold CAPACITY = new Threshold("\\alpha_c", 0.833, true, "s = 0");

    private static List<SweepSeries> sweeps() {
        SweepSeries cpr = new SweepSeries(Algorithm.CPR, List.of(
                new SweepPoint(0.6, 4, 3, 0.001, Double.NaN, Double.NaN, 0.5, 80, true),
                new SweepPoint(0.2, 4, 4, 0, Double.NaN, Double.NaN, 0.1, 10, true)));
        SweepSeries sa = new SweepSeries(Algorithm.SA, List.of(new SweepPoint(0.2, 4, 2, 0.01, Double.NaN, Double.NaN, 1, 2000, true)));
        return List.of(cpr, sa);
    }

    private static Series series(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void solvedFractionHasBinomialErrorBarsInAlphaOrderAndTheCapacity() {
        Figure f = TrainingFigures.solvedFraction(sweeps(), CAPACITY, SCENE);
        Series cpr = series(f, "solved_cpr");
        assertEquals(List.of(0.2, 0.6), List.of(cpr.x()[0], cpr.x()[1]));
        assertEquals(1.0, cpr.y()[0]);
        assertEquals(0.75, cpr.y()[1]);
        assertEquals(Math.sqrt(0.75 * 0.25 / 4), cpr.yErr()[1], 1e-15);
        assertEquals(Series.Style.HOLLOW_POINTS, series(f, "solved_sa").style());
        assertEquals("solved_sa", f.series().get(0).key(), "annealing first, so it is drawn on top");
        assertEquals(0.833, f.markers().get(0).x());
    }

    @Test
    void theCapacityIsTheBinaryPerceptronsAndIsNotDrawnForCommittees() {
        TrainingScene committee = new TrainingScene(StudentKind.COMMITTEE, 3, SCENE.data(), SCENE.n(), SCENE.alpha(), SCENE.algorithm(),
                SCENE.sbpiPs(), SCENE.rsgdReplicas(), SCENE.saSweeps(), 1, 1, 100, 10, true, 0.2, 0.8, 3, 2, 1, SCENE.frontier());
        Figure f = TrainingFigures.solvedFraction(sweeps(), CAPACITY, committee);
        assertTrue(f.markers().isEmpty());
        assertTrue(f.note().contains("not drawn"), f.note());
    }

    @Test
    void aLongHistoryIsThinnedButKeepsItsEnds() {
        List<TrainingSnapshot> history = new ArrayList<>();
        for (int e = 0; e <= 10_000; e++) {
            history.add(new TrainingSnapshot(e, e == 10_000 ? 0 : 5, e == 10_000 ? 0 : 0.01, Double.NaN, Double.NaN, new double[0]));
        }
        Series train = series(TrainingFigures.live(history, SCENE), "train_error");
        assertEquals(TrainingFigures.MAX_LIVE_POINTS, train.size());
        assertEquals(0, train.x()[0]);
        assertEquals(10_000, train.x()[train.size() - 1]);
        assertEquals(0.0, train.y()[train.size() - 1], "the last sweep (solved) is always shown");
    }

    @Test
    void overlayExportsLikeEveryOtherFigure(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("solved.svg");
        FigureExporter.export(TrainingFigures.solvedFraction(sweeps(), CAPACITY, SCENE), out, ExportOptions.oneColumn(), dir.resolve("bundle"));
        assertTrue(Files.size(out) > 1000);
        String csv = Files.readString(dir.resolve("bundle").resolve("data.csv"));
        assertTrue(csv.contains("solved_cpr"), csv.lines().findFirst().orElse(""));
    }
}
