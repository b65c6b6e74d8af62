package org.phaselab.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.phaselab.export.builders.FrontierFigures;
import org.phaselab.export.figure.Band;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.progress.Monitor;
import org.phaselab.service.theory.EntropyFamily;
import org.phaselab.service.theory.EntropyRequest;
import org.phaselab.service.theory.LocalEntropyFamily;
import org.phaselab.service.theory.LocalEntropyRequest;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.service.theory.TeacherStudentCurves;
import org.phaselab.service.theory.TeacherStudentRequest;
import org.phaselab.service.theory.TheoryBackend;
import org.phaselab.service.theory.Threshold;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;

/** A small frontier study end to end: every run counted, thresholds inside the grid, the figure's theory lines. */
class FrontierStudyTest {
    /** The RS backend, with alpha_LE given (its own computation takes seconds and is tested in the theory package). */
    private static final TheoryBackend BACKEND = new TheoryBackend() {
        private final RsTheoryBackend rs = new RsTheoryBackend();

        @Override
        public EntropyFamily entropy(EntropyRequest request, Monitor monitor) {
            return rs.entropy(request, monitor);
        }

        @Override
        public TeacherStudentCurves teacherStudent(TeacherStudentRequest request, Monitor monitor) {
            return rs.teacherStudent(request, monitor);
        }

        @Override
        public LocalEntropyFamily localEntropy(LocalEntropyRequest request, Monitor monitor) {
            return rs.localEntropy(request, monitor);
        }

        @Override
        public CompletionStage<Threshold> alphaLocalEntropyWhenReady() {
            return CompletableFuture.completedFuture(new Threshold("\\alpha_{LE}", 0.729, true, "given for the test"));
        }
    };

    @Test
    void smallStudyCountsEveryRunAndFindsThresholdsInsideTheGrid() {
        FrontierRequest r = new FrontierRequest(List.of(Algorithm.SBPI, Algorithm.FBP), new int[] {51, 151}, 0.2, 1.4, 4, 3, 1, 30, 1500);
        FrontierResult result = FrontierStudy.compute(r, new TrainingTheory(BACKEND), Monitor.NONE);
        assertTrue(result.complete());
        assertEquals(r.runs(), result.finishedRuns());
        assertEquals(4, result.curves().size());
        for (FrontierResult.Curve c : result.curves()) {
            assertEquals(4, c.points().size(), c.algorithm() + " at N = " + c.n());
            assertTrue(c.points().stream().allMatch(p -> p.runs() == 3), "unsolved runs are counted, never dropped");
            SweepPoint easy = c.points().get(0);
            SweepPoint impossible = c.points().get(3);
            assertEquals(1.0, easy.solvedFraction(), c.algorithm() + " solves alpha = 0.2");
            assertEquals(0.0, impossible.solvedFraction(), "nothing stores alpha = 1.4 > alpha_c");
            assertTrue(c.threshold().found() && c.threshold().alpha() > 0.2 && c.threshold().alpha() < 1.4, "" + c.threshold());
        }
        assertTrue(result.fits().stream().allMatch(f -> f.fit().valid()), "two sizes give a line");
        assertEquals(0.833, result.capacity().value(), 1e-3);

        Figure f = FrontierFigures.solvedFraction(result);
        assertTrue(f.markers().stream().anyMatch(m -> m.kind() == Marker.Kind.TRANSITION && Math.abs(m.x() - 0.833) < 1e-3));
        assertTrue(f.markers().stream().anyMatch(m -> m.kind() == Marker.Kind.REFERENCE && m.x() == 0.729));
        assertTrue(f.bands().contains(new Band(0.77, 0.78, "literature (beyond RS)")));
        assertTrue(f.note().contains("3 seeds per point") && f.note().contains("budget 30 CPU-s"), f.note());
        Figure scaling = FrontierFigures.scaling(result);
        assertTrue(scaling.series().stream().anyMatch(s -> s.key().equals("alpha_inf_fbp")));
    }

    @Test
    void requestRefusesBadSizesAndPatternsBeyondTheHeap() {
        assertThrows(IllegalArgumentException.class,
                () -> new FrontierRequest(List.of(Algorithm.FBP), new int[] {501, 201}, 0.5, 0.8, 4, 2, 1, 1, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new FrontierRequest(List.of(Algorithm.FBP, Algorithm.FBP), new int[] {201}, 0.5, 0.8, 4, 2, 1, 1, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new FrontierRequest(List.of(Algorithm.FBP), new int[] {201}, 0.5, 0.8, 4, 2, 1, 0, 100));
        assertTrue(TrainingScene.DEFAULT.frontierRequest().worstCaseCoreSeconds() <= 600, "the panel's study is minutes, not hours");
    }
}
