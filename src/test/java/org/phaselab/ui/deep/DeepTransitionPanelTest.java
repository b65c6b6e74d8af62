package org.phaselab.ui.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.theory.deeplinear.DeepLinearModel;
import org.phaselab.theory.deeplinear.Landscape;
import org.phaselab.theory.deeplinear.ReducedLoss;
import org.phaselab.theory.deeplinear.StationaryPoint;
import org.phaselab.theory.deeplinear.StationaryPointSolver;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel with the real backend: the gamma slider drives the landscape plot to the solver's values. */
@ExtendWith(ApplicationExtension.class)
class DeepTransitionPanelTest {
    private MainWindow window;
    private DeepTransitionViewModel model;
    private DeepTransitionView view;

    @Start
    void start(Stage stage) {
        model = new DeepTransitionViewModel(new DeepTransitionBackend(), Platform::runLater);
        view = new DeepTransitionView(model);
        window = new MainWindow(List.of(view));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        model.refreshAll();
    }

    private Figure landscape() {
        return view.figures().get(1).getFigure();
    }

    private static Series series(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private void waitForLandscape(int depth, double gamma) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Figure f = landscape();
            return f != null && (Integer) f.parameters().get("depth") == depth && (Double) f.parameters().get("gamma") == gamma;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void gammaSliderMovesTheLandscapeToTheSolversValues(FxRobot robot) throws Exception {
        waitForLandscape(2, 0.3);
        Figure before = landscape();
        Slider gamma = robot.lookup("#deep-gamma-slider").queryAs(Slider.class);
        robot.interact(() -> gamma.setValue(0.45));
        waitForLandscape(2, 0.45);
        Figure after = landscape();
        assertNotEquals(series(before, "loss").y()[100], series(after, "loss").y()[100]);

        DeepLinearModel m = DeepLinearModel.of(2, 1.0, 1.0);
        ReducedLoss loss = new ReducedLoss(m, 0.45);
        Series curve = series(after, "loss");
        for (int i = 0; i < curve.size(); i += 20) {
            assertEquals(loss.loss(curve.x()[i]), curve.y()[i], 1e-14);
        }
        Landscape solved = new StationaryPointSolver().solve(m, 0.45);
        List<StationaryPoint> minima = solved.minima();
        Series marked = series(after, "minima");
        assertEquals(minima.size(), marked.size());
        assertEquals(2, marked.size()); // between gamma_c and the spinodal: the origin and the ordered minimum
        for (int i = 0; i < minima.size(); i++) {
            assertEquals(minima.get(i).b(), marked.x()[i], 1e-14);
            assertEquals(minima.get(i).loss(), marked.y()[i], 1e-14);
        }
    }

    @Test
    void depthSelectorRecomputesEveryPlot(FxRobot robot) throws Exception {
        waitForLandscape(2, 0.3);
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> depth = robot.lookup("#deep-depth").queryAs(ChoiceBox.class);
        robot.interact(() -> depth.setValue(1));
        waitForLandscape(1, 0.3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.figures().get(0).getFigure() != null
                && (Integer) view.figures().get(0).getFigure().parameters().get("depth") == 1);
        Figure order = view.figures().get(0).getFigure();
        assertEquals("second", order.parameters().get("order"));
        assertEquals(1, series(landscape(), "minima").size()); // D = 1 below gamma_c: only the ordered minimum
        assertEquals(Math.sqrt(0.7), series(landscape(), "minima").x()[0], 1e-12);
    }

    @Test
    void trainingSweepsAreOverlaidOnTheOrderParameter(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.width.set(2);
            model.sweepPoints.set(5);
        });
        robot.clickOn("#deep-train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Figure f = view.figures().get(0).getFigure();
            return f != null && f.series().stream().anyMatch(s -> s.key().equals("sweep_up"));
        });
        Figure f = view.figures().get(0).getFigure();
        assertEquals(5, series(f, "sweep_up").size());
        assertEquals(5, series(f, "sweep_down").size());
        // up from a fresh start: ordered (b ~ 1) at the first gamma; down: collapsed at the last (largest) gamma first
        assertTrue(series(f, "sweep_up").y()[0] > 0.5 || Double.isNaN(series(f, "sweep_up").y()[0]));
        assertTrue(series(f, "sweep_down").y()[0] < 1e-3);
        assertEquals("", model.training.messageProperty().get());
        assertTrue(f.note().contains("of 10 points converged"), f.note());
    }
}
