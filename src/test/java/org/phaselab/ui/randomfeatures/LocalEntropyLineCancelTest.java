package org.phaselab.ui.randomfeatures;

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
import org.phaselab.service.randomfeatures.FakeAtypicalSource;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cancel under the status line stops the row in flight (nothing of it kept) and says how far the line got. */
@ExtendWith(ApplicationExtension.class)
class LocalEntropyLineCancelTest {
    private MainWindow window;
    /** The first row, alpha_D = 0.5, never finishes by itself. */
    private final FakeAtypicalSource fake = new FakeAtypicalSource(List.of(), List.of(0.5));
    private RandomFeaturesViewModel model;

    @Start
    void start(Stage stage) {
        model = new RandomFeaturesViewModel(new RandomFeaturesBackend(fake), Platform::runLater);
        window = new MainWindow(List.of(new RandomFeaturesView(model)));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        model.refreshAll();
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void cancellingTheLineStopsItsRowAndTheStatusSaysWhereItPaused(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fake.calls.containsKey(0.5));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#rf-le-busy-cancel").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        // fired, not clicked: at 800 px the side column may need scrolling to show it
        robot.interact(() -> robot.lookup("#rf-le-busy-cancel").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fake.cancelled.contains(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#rf-le-status").queryAs(Label.class);
        // the cut (alpha_D = 2) is a row of the line and was computed meanwhile; the cancelled row 0.5 is not kept
        assertTrue(status.getText().contains("α_LE: 1 of 6 rows; α_U (large deviation): 1 of 6 rows; 5 not computed yet. "
                + "Paused at 1 of 6 rows"), status.getText());
        assertTrue(model.localEntropyLine().get().row(0.5) == null, "a cancelled row is not kept");
        assertTrue(!status.getText().contains("Computing"), status.getText());
    }
}
