package org.phaselab.ui.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.randomfeatures.FakeAtypicalSource;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The local-entropy transition in the panel, with a fake solver (alpha_LE = 0.6 + 0.02 alpha_D; row alpha_D = 3 does
 * not converge; alpha_D = 7 never finishes): the line and the shaded gap fill in, failures are gaps and are counted,
 * the cut's marker follows the newest cut.
 */
@ExtendWith(ApplicationExtension.class)
class AtypicalTransitionPanelTest {
    private MainWindow window;
    private static final FakeAtypicalSource FAKE = new FakeAtypicalSource(List.of(3.0), List.of(7.0));
    private static final RandomFeaturesBackend BACKEND = new RandomFeaturesBackend(FAKE);
    private RandomFeaturesViewModel model;
    private RandomFeaturesView view;

    @Start
    void start(Stage stage) {
        model = new RandomFeaturesViewModel(BACKEND, Platform::runLater);
        view = new RandomFeaturesView(model);
        window = new MainWindow(List.of(view));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        model.refreshAll();
    }

    private Figure figure(String id) {
        return view.figure(id).getFigure();
    }

    private static Series series(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private void waitUntil(String id, java.util.function.Predicate<Figure> done) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> figure(id) != null && done.test(figure(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void localEntropyLineAndShadedGapAppearAndTheFailedRowIsAGapCountedInTheNote(FxRobot robot) throws Exception {
        waitUntil("rf-diagram", f -> f.note().contains("α_LE: 5 of 6 rows; 1 did not converge"));
        Figure d = figure("rf-diagram");
        Series le = series(d, "local_entropy");
        assertEquals(List.of(0.5, 1.0, 2.0, 3.0, 5.0, 10.0), java.util.Arrays.stream(le.y()).boxed().toList());
        assertEquals(1 / FakeAtypicalSource.alphaLE(2), le.x()[2], 1e-12);
        assertTrue(Double.isNaN(le.x()[3]), "alpha_D = 3 did not converge: a gap");
        Series gap = series(d, "gap_typical_only");
        assertEquals(Series.Style.AREA, gap.style());
        assertTrue(gap.size() > 0, "the gap between the lines is shaded where alpha_LE is known");
        assertTrue(!d.note().contains("not computed"), d.note());
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) d.parameters().get("alpha_le");
        assertEquals(FakeAtypicalSource.alphaLE(10), values.get(5));
        Label status = robot.lookup("#rf-le-status").queryAs(Label.class);
        assertTrue(status.getText().contains("5 of 6 rows; 1 did not converge"), status.getText());
    }

    @Test
    void cutMarkerAndCurvesUseTheCutsAlphaLE() throws Exception {
        double npLE = 1 / FakeAtypicalSource.alphaLE(2);
        waitUntil("rf-entropy", f -> Double.valueOf(FakeAtypicalSource.alphaLE(2)).equals(f.parameters().get("alpha_le")));
        Marker m = figure("rf-entropy").markers().stream().filter(x -> x.label().contains("LE")).findFirst().orElseThrow();
        assertEquals(npLE, m.x(), 1e-12);
        waitUntil("rf-errors", f -> f.markers().stream().anyMatch(x -> x.x() == npLE));
        waitUntil("rf-le-curves", f -> f.series().size() == 4); // H2 and three curves once alpha_LE is known
        Figure c = figure("rf-le-curves");
        assertTrue(c.series().get(3).label().contains("past the LE transition"), c.series().get(3).label());
        assertEquals(1.25 * npLE, ((double[]) c.parameters().get("overparameterizations"))[2], 1e-12);
        assertTrue(c.note().contains("points did not converge"), c.note());
    }

    @Test
    void aNewerCutSupersedesTheOlderAlphaLEAndANonConvergedCutSaysWhy(FxRobot robot) throws Exception {
        // alpha_D = 5 is a row of the line: known once the line is complete, so the cut takes it without solving
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.localEntropyLine().get().complete());
        robot.interact(() -> model.alphaD.set(7.0));
        waitUntil("rf-entropy", f -> Double.valueOf(7.0).equals(f.parameters().get("alpha_d")));
        assertTrue(figure("rf-entropy").note().contains("α_LE: computing…"), figure("rf-entropy").note());
        robot.interact(() -> model.alphaD.set(5.0));
        waitUntil("rf-entropy", f -> Double.valueOf(FakeAtypicalSource.alphaLE(5)).equals(f.parameters().get("alpha_le")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FAKE.cancelled.contains(7.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FakeAtypicalSource.alphaLE(5), figure("rf-entropy").parameters().get("alpha_le"),
                "the superseded alpha_D = 7 does not overwrite the cut's alpha_LE");
        assertEquals(1 / FakeAtypicalSource.alphaLE(5), figure("rf-entropy").markers().get(1).x(), 1e-12);

        robot.interact(() -> model.alphaD.set(3.0));
        waitUntil("rf-entropy", f -> Double.valueOf(3.0).equals(f.parameters().get("alpha_d"))
                && f.note().contains("α_LE did not converge: fake: no sign change"));
        assertEquals(1, figure("rf-entropy").markers().size(), "no alpha_LE marker, only the interpolation point");
    }
}
