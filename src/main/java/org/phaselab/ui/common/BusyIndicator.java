package org.phaselab.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * Progress of background work, shown only for work slower than a frame or two (so fast solves do
 * not flicker), with a cancel button and a message line for failures.
 */
public final class BusyIndicator extends HBox {
    private static final Duration SHOW_AFTER = Duration.millis(60);
    private final ProgressBar bar = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final Label message = new Label();
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);

    public BusyIndicator(String id, Runnable onCancel) {
        setId(id);
        bar.setId(id + "-progress");
        message.setId(id + "-message");
        cancel.setId(id + "-cancel");
        setSpacing(8);
        bar.setPrefWidth(160);
        cancel.setOnAction(e -> onCancel.run());
        getChildren().addAll(bar, cancel, message);
        showBusy(false);
        delay.setOnFinished(e -> showBusy(true));
    }

    /**
     * Follows a view-model's busy flag, progress and (optional, may be null) message: the one wiring every
     * panel's background work uses.
     */
    public BusyIndicator follow(ObservableValue<Boolean> busy, ObservableValue<? extends Number> progress,
                                ObservableValue<String> message) {
        busy.addListener((o, was, is) -> {
            if (is) {
                started();
            } else {
                finished(message == null ? "" : message.getValue());
            }
        });
        progress.addListener((o, a, b) -> progress(b.doubleValue()));
        if (message != null) {
            message.addListener((o, a, b) -> finished(b));
        }
        return this;
    }

    /** Follows a background job's busy flag, progress and message. */
    public BusyIndicator follow(BackgroundJob<?> job) {
        return follow(job.busyProperty(), job.progressProperty(), job.messageProperty());
    }

    /** Work started: show the bar if it is still running after a moment. */
    public void started() {
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        delay.playFromStart();
    }

    public void progress(double fraction) {
        bar.setProgress(fraction);
    }

    /** Work ended; an empty message clears the line, otherwise it explains what went wrong. */
    public void finished(String text) {
        delay.stop();
        showBusy(false);
        message.setText(text == null ? "" : text);
        message.setStyle(text == null || text.isEmpty() ? "" : "-fx-text-fill: #AA3377;");
    }

    public String message() {
        return message.getText();
    }

    private void showBusy(boolean busy) {
        bar.setVisible(busy);
        bar.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
    }
}
