package org.phaselab.ui.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.service.randomfeatures.FakeAtypicalSource;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The slow local-entropy work waits until the panel's tab is on screen; the fast plots do not wait. */
@ExtendWith(ApplicationExtension.class)
class LocalEntropyStartsWhenShownTest {
    private final FakeAtypicalSource fake = new FakeAtypicalSource(List.of(), List.of());
    private RandomFeaturesViewModel model;
    private RandomFeaturesView view;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        model = new RandomFeaturesViewModel(new RandomFeaturesBackend(fake), Platform::runLater);
        view = new RandomFeaturesView(model);
        tabs = new TabPane(new Tab("other", new Label("another panel")), new Tab("rf", view.view()));
        stage.setScene(new Scene(tabs, 1200, 800));
        stage.show();
        model.refreshAll();
    }

    @Test
    void localEntropyStartsWhenTheTabIsSelected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.figure("rf-entropy").getFigure() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fake.calls.isEmpty(), "no alpha_LE while the tab is hidden: " + fake.calls.keySet());
        assertTrue(fake.curveCalls.get() == 0, "no curves while the tab is hidden");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.localEntropyLine().get().complete());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.figure("rf-le-curves").getFigure() != null);
    }
}
