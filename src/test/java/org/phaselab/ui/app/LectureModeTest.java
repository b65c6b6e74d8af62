package org.phaselab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.service.randomfeatures.FakeAtypicalSource;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.deep.DeepTransitionView;
import org.phaselab.ui.deep.DeepTransitionViewModel;
import org.phaselab.ui.jamming.JammingView;
import org.phaselab.ui.jamming.JammingViewModel;
import org.phaselab.ui.jamming.PerceptronViewModel;
import org.phaselab.ui.randomfeatures.RandomFeaturesView;
import org.phaselab.ui.randomfeatures.RandomFeaturesViewModel;
import org.phaselab.ui.training.TrainingView;
import org.phaselab.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lecture mode on every tab of the whole window at 1280x720 (the atypical transition's slow solver faked): it toggles
 * without an exception (an empty plot once threw), every plot switches to the projector style and keeps a real area,
 * and a plot can be maximised and restored.
 */
@ExtendWith(ApplicationExtension.class)
class LectureModeTest {
    private final List<Throwable> uncaught = new ArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        int cores = 1;
        JammingViewModel jamming = new JammingViewModel(Platform::runLater, cores);
        window = new MainWindow(List.of(
                new org.phaselab.ui.theory.TheoryView(new org.phaselab.ui.theory.TheoryViewModel(new RsTheoryBackend(), Platform::runLater)),
                new TrainingView(new TrainingViewModel(new TrainingTheory(new RsTheoryBackend()), Platform::runLater)),
                new RandomFeaturesView(new RandomFeaturesViewModel(new RandomFeaturesBackend(new FakeAtypicalSource(List.of(), List.of())),
                        Platform::runLater)),
                new DeepTransitionView(new DeepTransitionViewModel(new DeepTransitionBackend(), Platform::runLater)),
                new JammingView(jamming, new PerceptronViewModel(jamming.parameters, Platform::runLater, cores))));
        Scene scene = new Scene(window, 1280, 720);
        PhaseLabApp.addStyleSheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        Platform.runLater(window::dispose);
    }

    @Test
    void lectureModeTogglesOnEveryTabAndEveryPlotKeepsItsArea(FxRobot robot) {
        for (int tab = 0; tab < window.panels().size(); tab++) {
            int t = tab;
            robot.interact(() -> window.tabs().getSelectionModel().select(t));
            robot.clickOn("#lecture-mode");
            WaitForAsyncUtils.waitForFxEvents();
            Panel panel = window.selectedPanel();
            assertTrue(window.getStyleClass().contains("lecture"), panel.title());
            for (FigureView f : panel.figures()) {
                assertEquals(FigureStyle.PROJECTOR, f.figureStyleProperty().get(), f.getId());
                Bounds b = f.getLayoutBounds();
                assertTrue(b.getWidth() >= 250 && b.getHeight() >= 250, f.getId() + " keeps a plot's room in lecture mode: " + b);
            }
            robot.clickOn("#lecture-mode");
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(window.getStyleClass().contains("lecture"), panel.title());
            assertEquals(FigureStyle.SCREEN, panel.figures().get(0).figureStyleProperty().get());
        }
        assertEquals(List.of(), uncaught, "no exception on any tab, empty plots included");
    }

    @Test
    void theFrontierTabOfTheTrainingPanelKeepsItsAreaInLectureModeAndCanBeTheMainPlot(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(1)); // training
        TabPane tabs = robot.lookup("#training-bottom-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1)); // Frontier
        robot.clickOn("#lecture-mode");
        WaitForAsyncUtils.waitForFxEvents();
        Node frontier = robot.lookup("#training-frontier").query();
        Bounds b = frontier.getLayoutBounds();
        assertTrue(frontier.isVisible() && b.getWidth() >= 250 && b.getHeight() >= 200, "the frontier tab keeps a plot's room: " + b);
        Label placeholder = robot.lookup("#training-frontier-placeholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible() && placeholder.getText().startsWith("Press Frontier"), "an empty plot says how to fill it");
        // a preset about the frontier makes it the main plot: the tab pane moves to the first column, its tab selected
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> window.selectedPanel().feature("training-frontier"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, GridPane.getColumnIndex(tabs), "the tab pane holding the frontier is the main plot");
        assertEquals("Frontier", tabs.getSelectionModel().getSelectedItem().getText());
        assertTrue(frontier.getLayoutBounds().getHeight() > 400, "tall as the main plot: " + frontier.getLayoutBounds());
        robot.clickOn("#lecture-mode");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.getStyleClass().contains("lecture"));
        assertEquals(List.of(), uncaught);
    }

    @Test
    void aPlotMaximisesOverItsPanelAndRestores(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(3)); // deep transitions: plots computed in ms
        FigureView plot = window.selectedPanel().figures().get(0);
        robot.clickOn("#" + plot.getId() + "-maximize");
        var shown = robot.lookup("#" + plot.getId() + "-maximized").tryQuery();
        assertTrue(shown.isPresent() && shown.get().isVisible(), "the plot is shown alone");
        assertTrue(shown.get().getLayoutBounds().getHeight() > 500, "over the whole panel");
        robot.clickOn("#restore-plot");
        assertEquals(Optional.empty(), robot.lookup("#" + plot.getId() + "-maximized").tryQuery());
        assertEquals(List.of(), uncaught);
    }
}
