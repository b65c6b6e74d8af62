package org.phaselab.ui.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Short notices over the window (ControlsFX Notifications, bottom right): failures of a computation, an export or a
 * preset, and finished exports. They vanish by themselves; the status line keeps the last message.
 */
final class Notices {
    private Notices() {}

    static void error(Node owner, String title, String text) {
        create(owner, title, text, Duration.seconds(8)).ifPresent(Notifications::showError);
    }

    static void info(Node owner, String title, String text) {
        create(owner, title, text, Duration.seconds(5)).ifPresent(Notifications::showInformation);
    }

    private static java.util.Optional<Notifications> create(Node owner, String title, String text, Duration hideAfter) {
        if (owner.getScene() == null || owner.getScene().getWindow() == null || !owner.getScene().getWindow().isShowing()) {
            return java.util.Optional.empty(); // no window yet (a preset opened at start-up): the status line says it
        }
        return java.util.Optional.of(Notifications.create().owner(owner.getScene().getWindow()).title(title)
                .text(text).position(Pos.BOTTOM_RIGHT).hideAfter(hideAfter));
    }
}
