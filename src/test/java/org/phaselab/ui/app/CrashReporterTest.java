package org.phaselab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.phaselab.Logging;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught is shown in a dialog and written with its stack trace to the log file. */
@ExtendWith(ApplicationExtension.class)
class CrashReporterTest {
    @TempDir
    Path logs;
    private Thread.UncaughtExceptionHandler before;
    private Thread.UncaughtExceptionHandler fxBefore;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("PhaseLab"), 300, 200));
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        Platform.runLater(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(fxBefore);
            Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup("#crash-dialog") != null)
                    .toList().forEach(Window::hide);
        });
        System.clearProperty(Logging.DIR_PROPERTY);
        Logging.forCommandLine(); // lets go of the log file in the temporary folder
    }

    @Test
    void anUncaughtExceptionShowsADialogAndIsLogged(FxRobot robot) throws Exception {
        System.setProperty(Logging.DIR_PROPERTY, logs.toString()); // never the real home folder
        Optional<Path> file = Logging.forApp();
        assertEquals(Optional.of(logs.resolve("phaselab.log.0")), file);
        before = Thread.getDefaultUncaughtExceptionHandler();
        CrashReporter[] reporter = new CrashReporter[1];
        robot.interact(() -> {
            fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
            reporter[0] = CrashReporter.install(file, true);
        });
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug in a button");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#crash-dialog").tryQuery().isPresent());
        String dialog = robot.lookup("#crash-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()
                + robot.lookup("#crash-dialog").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(dialog.contains("a bug in a button"), dialog);
        assertTrue(dialog.contains(file.get().toString()), "the dialog says where the details are: " + dialog);
        assertEquals(1, reporter[0].count());
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        String log = Files.readString(file.get());
        assertTrue(log.contains("IllegalStateException: a bug in a button"), log);
        assertTrue(log.contains("at org.phaselab.ui.app.CrashReporterTest"), "with its stack trace: " + log);
    }
}
