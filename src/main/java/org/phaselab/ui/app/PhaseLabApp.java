package org.phaselab.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class PhaseLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("PhaseLab");
        stage.setScene(new Scene(new Label("PhaseLab"), 1280, 800));
        stage.show();
    }
}
