package org.phaselab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.ui.app.MainWindow;
import org.phaselab.ui.app.PhaseLabApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's window has the training tab, and the shipped flatness preset opens it with its parameters. */
@ExtendWith(ApplicationExtension.class)
class TrainingPresetTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = PhaseLabApp.createWindow();
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void flatnessPresetSelectsTheTrainingPanel(FxRobot robot) throws Exception {
        AtomicReference<Optional<String>> error = new AtomicReference<>();
        robot.interact(() -> error.set(window.presets().openResource("/presets/training-flatness.json")));
        assertEquals(Optional.empty(), error.get());
        assertEquals("training", window.selectedPanel().id());
        var p = window.selectedPanel().parameters();
        assertEquals("cpr", p.get("algorithm").asText());
        assertEquals(0.6, p.get("alpha").asDouble());
        assertEquals(1001, p.get("n").asInt());
        assertTrue(window.selectedPanel().figures().stream().anyMatch(f -> f.getId().equals("training-local-energy")));
    }
}
