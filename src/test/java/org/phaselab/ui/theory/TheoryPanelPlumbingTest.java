package org.phaselab.ui.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** UI plumbing with a slow fake backend: slider -> view-model -> service -> figure, newest request wins. */
@ExtendWith(ApplicationExtension.class)
class TheoryPanelPlumbingTest {
    private MainWindow window;
    private final FakeTheoryBackend backend = new FakeTheoryBackend(400);
    private TheoryViewModel model;
    private TheoryView view;

    @Start
    void start(Stage stage) {
        model = new TheoryViewModel(backend, Platform::runLater);
        view = new TheoryView(model);
        window = new MainWindow(List.of(view));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        model.refreshAll();
    }

    private Figure localEntropyFigure() {
        return view.figures().get(0).getFigure();
    }

    private static double firstSeriesY(Figure f, int i) {
        Series s = f.series().stream().filter(x -> x.key().startsWith("phi_")).findFirst().orElseThrow();
        return s.y()[i];
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void burstOfSliderMovesEndsWithTheLastValue(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> localEntropyFigure() != null);
        Slider alpha = robot.lookup("#le-alpha-slider").queryAs(Slider.class);
        int before = backend.localEntropyCalls.get();
        double[] values = {0.1, 0.2, 0.3, 0.4, 0.5, 0.61, 0.72};
        for (double v : values) {
            robot.interact(() -> alpha.setValue(v));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> localEntropyFigure() != null && (Double) localEntropyFigure().parameters().get("alpha") == 0.72);
        WaitForAsyncUtils.waitForFxEvents();
        Figure f = localEntropyFigure();
        assertNotNull(f);
        double d0 = f.series().get(1).x()[0];
        assertEquals(FakeTheoryBackend.phi(0.72, 0.0, d0), firstSeriesY(f, 0), 1e-12);
        int computed = backend.localEntropyCalls.get() - before;
        assertTrue(computed < values.length, "stale requests were cancelled: " + computed + " completed computations for " + values.length + " moves");
    }

    @Test
    void lectureModeHidesAdvancedControls(FxRobot robot) {
        robot.clickOn("#lecture-mode");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#main-window").query().getStyleClass().contains("lecture"));
        assertTrue(robot.lookup("#le-kappa").query().getStyleClass().contains("advanced"));
    }
}
