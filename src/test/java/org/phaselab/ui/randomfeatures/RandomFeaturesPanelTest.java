package org.phaselab.ui.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.service.randomfeatures.FakeAtypicalSource;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.theory.randomfeatures.InterpolationThreshold;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;
import org.phaselab.theory.randomfeatures.RandomFeaturesSolver;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel with the real backend: the alpha_D slider moves the cut, whose plotted values are the solver's. */
@ExtendWith(ApplicationExtension.class)
class RandomFeaturesPanelTest {
    private MainWindow window;
    /**
     * One backend for all tests: it keeps the phase diagram and the last cuts, as in the app. Its alpha_LE never
     * converges (a fake, instant): these tests are about alpha_c and the cut; AtypicalTransitionPanelTest has the rest.
     */
    private static final RandomFeaturesBackend BACKEND = new RandomFeaturesBackend(FakeAtypicalSource.failingEverywhere());
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

    private void waitFor(String id, String key, double value) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Figure f = figure(id);
            return f != null && Double.valueOf(value).equals(f.parameters().get(key));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void alphaDSliderMovesTheCutToTheSolversValues(FxRobot robot) throws Exception {
        waitFor("rf-entropy", "alpha_d", 2.0);
        Figure before = figure("rf-entropy");
        Slider slider = robot.lookup("#rf-alpha-d-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(5.0));
        waitFor("rf-entropy", "alpha_d", 5.0);
        Figure after = figure("rf-entropy");
        Series s = series(after, "entropy");
        assertNotEquals(series(before, "entropy").y()[20], s.y()[20]);
        double npC = 1 / new InterpolationThreshold().alphaC(5.0, org.phaselab.progress.Monitor.NONE).value();
        int checked = 0;
        for (int i = 0; i < s.size(); i += 3) {
            if (Double.isFinite(s.y()[i]) && s.x()[i] != npC) {
                checked++;
                double direct = RandomFeaturesSolver.DEFAULT.solve(RandomFeaturesModel.sign(1 / s.x()[i], 5.0)).entropy();
                assertEquals(direct, s.y()[i], 1e-8, "N/P = " + s.x()[i]);
            }
        }
        assertTrue(checked >= 8, "checked " + checked + " points against the solver");
        // the curve reaches s = 0 at the interpolation marker, at 1/alpha_c(5) = 0.7672 (docs/random-features.md)
        int at = java.util.Arrays.binarySearch(s.x(), npC);
        assertEquals(0.0, s.y()[at]);
        assertEquals(npC, after.markers().get(0).x(), 1e-9);
        assertEquals(0.7672, npC, 1e-4);

        waitFor("rf-errors", "alpha_d", 5.0);
        Figure errors = figure("rf-errors");
        Series typical = series(errors, "eps_typical");
        int last = typical.size() - 1; // N/P = 4, alpha = 0.25
        RandomFeaturesModel m = RandomFeaturesModel.sign(1 / typical.x()[last], 5.0);
        assertEquals(RandomFeaturesSolver.DEFAULT.solve(m).epsTypical(), typical.y()[last], 1e-8);
        Series mm = series(errors, "eps_max_margin");
        Series bayes = series(errors, "eps_bayes");
        assertEquals(typical.x()[last], mm.x()[mm.size() - 1], 1e-12);
        assertTrue(bayes.y()[last] < mm.y()[mm.size() - 1] && mm.y()[mm.size() - 1] < typical.y()[last],
                "Bayes < max margin < typical at N/P = 4");

        Series cutLine = series(figure("rf-diagram"), "cut");
        assertEquals(5.0, cutLine.y()[0]);
        assertEquals(5.0, cutLine.y()[1]);
    }

    @Test
    void phaseDiagramShowsTheInterpolationLineAndNonConvergedLocalEntropyRowsAsGaps(FxRobot robot) throws Exception {
        waitFor("rf-diagram", "cut_alpha_d", 2.0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> figure("rf-diagram").note().contains("6 did not converge"));
        Figure d = figure("rf-diagram");
        Series line = series(d, "interpolation");
        assertEquals(10, line.size());
        // row alpha_D = 10: N/P = 1/1.6172 (docs/random-features.md)
        int i = 7;
        assertEquals(10.0, line.y()[i]);
        assertEquals(1 / 1.6172, line.x()[i], 1e-4);
        for (int k = 1; k < line.size(); k++) {
            assertTrue(line.x()[k] < line.x()[k - 1], "more data per latent dimension: interpolation at fewer weights");
        }
        for (double x : series(d, "local_entropy").x()) {
            assertTrue(Double.isNaN(x), "a row that did not converge is a gap, never a number");
        }
        assertEquals(0, series(d, "gap_typical_only").size(), "nothing shaded without alpha_LE");
        assertTrue(d.note().contains("α_LE: 0 of 6 rows; 6 did not converge (gaps: fake: no sign change"), d.note());
        Label status = robot.lookup("#rf-le-status").queryAs(Label.class);
        assertTrue(status.getText().contains("0 of 6 rows"), status.getText());
    }

    @Test
    void trainingSweepIsOverlaidOnTheCutItWasRunAt(FxRobot robot) throws Exception {
        waitFor("rf-errors", "alpha_d", 2.0);
        robot.clickOn("#rf-train");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            Figure f = figure("rf-errors");
            return f != null && f.series().stream().anyMatch(x -> x.key().equals("test_error"))
                    && figure("rf-entropy").series().stream().anyMatch(x -> x.key().equals("solved_fraction"));
        });
        assertEquals("", model.training.messageProperty().get());
        Series solved = series(figure("rf-entropy"), "solved_fraction");
        assertEquals(9, solved.size());
        assertEquals(0.0, solved.y()[0]); // N/P = 0.5, below the interpolation point 0.957
        assertEquals(1.0, solved.y()[8]); // N/P = 4
        Series eps = series(figure("rf-errors"), "test_error");
        assertEquals(model.measured.get().points().get(8).meanTestError(), eps.y()[8]);
        assertTrue(figure("rf-errors").note().contains("P = 200, D = 100"), figure("rf-errors").note());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> figure("rf-diagram").series().stream()
                .anyMatch(x -> x.key().equals("sweep_mostly_solved")));
        Series onCut = series(figure("rf-diagram"), "sweep_mostly_solved");
        assertEquals(2.0, onCut.y()[8]); // N/P = 4 on the cut line alpha_D = 2
        assertTrue(Double.isNaN(onCut.y()[0]), "N/P = 0.5: no run solved, drawn hollow");
        assertTrue(model.scene().trainingSweep(), "a preset saved now would ask for the sweep");
        // another cut: the points belong to alpha_D = 2 and are not drawn on it
        robot.interact(() -> model.alphaD.set(3.0));
        waitFor("rf-entropy", "alpha_d", 3.0);
        assertTrue(figure("rf-entropy").series().stream().noneMatch(x -> x.key().equals("solved_fraction")));
    }

    @Test
    void aPresetWithTheSweepOverlaysItOnAllFourPlots(FxRobot robot) throws Exception {
        robot.interact(() -> model.apply(new org.phaselab.service.randomfeatures.RandomFeaturesScene(2.0, true)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.measured.get() != null);
        for (String id : List.of("rf-diagram", "rf-entropy", "rf-errors", "rf-local-energy")) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> figure(id) != null && figure(id).parameters().containsKey("sweep_p"));
            assertEquals(200, figure(id).parameters().get("sweep_p"), id);
        }
        Series flat = series(figure("rf-local-energy"), "local_energy_p0.02");
        assertEquals(model.measured.get().points().get(8).localEnergyAt(0.02).mean(), flat.y()[8]); // N/P = 4: all solved
        assertTrue(flat.y()[8] > 0 && flat.y()[8] < 0.5, "E(0.02) = " + flat.y()[8]);
        assertTrue(model.scene().trainingSweep());
    }
}
