package org.phaselab.ui.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.ui.app.MainWindow;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterPlayer;
import org.phaselab.ui.common.PlotStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The controls a lecturer reaches for, on the theory panel with a slow fake solver: keyboard steps, the stale mark of
 * a plot whose parameters changed, undo / redo (Ctrl+Z, Ctrl+Shift+Z), reset, and play.
 */
@ExtendWith(ApplicationExtension.class)
class ParameterControlsTest {
    private final FakeTheoryBackend backend = new FakeTheoryBackend(700);
    private TheoryViewModel model;
    private TheoryView view;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new TheoryViewModel(backend, Platform::runLater);
        view = new TheoryView(model);
        window = new MainWindow(List.of(view));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        model.refreshAll();
    }

    @AfterEach
    void close() {
        Platform.runLater(window::dispose);
    }

    private FigureView plot(String id) {
        return view.figures().stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
    }

    private void waitUntilCurrent(String id) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> plot(id).statusProperty().get() == PlotStatus.CURRENT
                && !plot(id).workingProperty().get());
    }

    @Test
    void arrowKeysStepByTheDisplayPrecisionAndPageKeysByATenthOfTheRange(FxRobot robot) {
        Slider alpha = robot.lookup("#le-alpha-slider").queryAs(Slider.class);
        robot.interact(() -> {
            alpha.setValue(0.6);
            alpha.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        assertEquals(0.601, alpha.getValue(), 1e-9, "one step of the slider's 3 decimals, not the whole range");
        robot.type(KeyCode.LEFT, 2);
        assertEquals(0.599, alpha.getValue(), 1e-9);
        robot.type(KeyCode.PAGE_UP);
        double tenth = (TheoryScene.LE_ALPHA.max() - TheoryScene.LE_ALPHA.min()) / 10;
        assertEquals(0.599 + tenth, alpha.getValue(), 1e-9);
        robot.type(KeyCode.PAGE_DOWN, 20);
        assertEquals(TheoryScene.LE_ALPHA.min(), alpha.getValue(), 1e-9, "stops at the end of the range");
    }

    @Test
    void aPlotWhoseParametersChangedIsMarkedStaleUntilItsResultArrives(FxRobot robot) throws Exception {
        waitUntilCurrent("local-entropy");
        waitUntilCurrent("teacher-student");
        robot.interact(() -> model.leAlpha.set(0.745));
        PlotStatus marked = plot("local-entropy").statusProperty().get();
        assertEquals(PlotStatus.Kind.STALE, marked.kind());
        assertEquals("updating to α = 0.745", marked.text());
        assertEquals(PlotStatus.CURRENT, plot("teacher-student").statusProperty().get(), "a plot not drawn from α stays current");
        // the old result is dimmed, with the text, once the work takes longer than a glance
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#local-entropy-mask").query().isVisible());
        assertEquals(PlotStatus.Kind.STALE, plot("local-entropy").statusProperty().get().kind());
        waitUntilCurrent("local-entropy");
        assertFalse(robot.lookup("#local-entropy-mask").query().isVisible());
        assertEquals(0.745, (Double) plot("local-entropy").getFigure().parameters().get("alpha"), 1e-12);
    }

    @Test
    void undoRedoAndResetWalkThroughTheParameterChanges(FxRobot robot) {
        double start = model.leAlpha.get();
        robot.interact(() -> model.leAlpha.set(0.7));
        // quiet (well past the 400 ms the history waits, even on a loaded machine): the change settles into a step
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            model.kappaTop.set(0.85);
            model.kappaTop.set(0.9); // one burst (in one go, so a slow machine cannot split it): one step
        });
        // Ctrl+Z settles the pending change first: one step back undoes the last burst
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0.7, model.leAlpha.get(), 1e-12);
        assertEquals(TheoryScene.KAPPA_TOP.defaultValue(), model.kappaTop.get(), 1e-12);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(start, model.leAlpha.get(), 1e-12);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(0.7, model.leAlpha.get(), 1e-12);
        robot.clickOn("#reset");
        assertEquals(TheoryScene.LE_ALPHA.defaultValue(), model.leAlpha.get(), 1e-12, "reset: the defaults (no preset opened)");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0.7, model.leAlpha.get(), 1e-12, "a reset is undone like any change");
    }

    @Test
    void playMovesAParameterAcrossItsRangeAndThePlotFollows(FxRobot robot) throws Exception {
        List<Double> seen = new ArrayList<>();
        ParameterPlayer player = new ParameterPlayer();
        robot.interact(() -> {
            model.leAlpha.addListener((o, a, b) -> seen.add(b.doubleValue()));
            model.leAlpha.set(0.5);
            player.play(TheoryScene.LE_ALPHA, model.leAlpha, 1.5);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !player.playingProperty().get());
        assertEquals(TheoryScene.LE_ALPHA.max(), model.leAlpha.get(), 1e-12, "it stops at the top");
        // what play guarantees whatever the frame rate of a loaded machine: it walks up the slider's grid, never back,
        // and passes through values between the start and the top (a jump straight to the top is not a play)
        assertEquals(TheoryScene.LE_ALPHA.max(), seen.get(seen.size() - 1), 1e-12, "the last value is the top");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "only upwards: " + seen);
        }
        assertTrue(seen.stream().anyMatch(v -> v > 0.5 && v < TheoryScene.LE_ALPHA.max()),
                "moved through the range in steps, not jumped to its top: " + seen);
        for (double v : seen) {
            assertEquals(0, Math.round(v * 1000) - v * 1000, 1e-6, "on the slider's 3-decimal grid: " + v);
        }
        waitUntilCurrent("local-entropy");
        assertEquals(TheoryScene.LE_ALPHA.max(), (Double) plot("local-entropy").getFigure().parameters().get("alpha"), 1e-12,
                "the plot ends on the last value");
    }
}
