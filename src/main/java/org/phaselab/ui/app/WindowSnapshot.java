package org.phaselab.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.phaselab.ui.common.FigureView;

/**
 * {@code app --snapshot}: waits until every plot of the selected panel has settled (drawn, or failed with its message,
 * and nothing running that will change it) and stayed so for a moment, then writes a PNG of the window. The outcome
 * is an exit code and, for anything but success, one line for people.
 */
final class WindowSnapshot {
    /** How the snapshot ended. */
    record Outcome(int exitCode, String problem) {}

    private static final Duration POLL = Duration.millis(250);
    /** Polls in a row with every plot settled before the picture is taken (charts redraw after a resize). */
    private static final int QUIET_POLLS = 6;
    private final MainWindow window;
    private final Path out;
    private final int timeoutSeconds;
    private final CrashReporter crashes;
    private final Consumer<Outcome> done;
    private final Timeline poll = new Timeline();
    private long started;
    private int quiet;

    WindowSnapshot(MainWindow window, Path out, int timeoutSeconds, CrashReporter crashes, Consumer<Outcome> done) {
        this.window = window;
        this.out = out;
        this.timeoutSeconds = timeoutSeconds;
        this.crashes = crashes;
        this.done = done;
    }

    void start() {
        started = System.nanoTime();
        poll.getKeyFrames().add(new KeyFrame(POLL, e -> check()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void check() {
        List<FigureView> plots = window.selectedPanel().figures();
        List<String> busy = plots.stream().filter(f -> !f.isSettled()).map(FigureView::displayName).toList();
        quiet = busy.isEmpty() ? quiet + 1 : 0;
        double seconds = (System.nanoTime() - started) * 1e-9;
        if (quiet >= QUIET_POLLS) {
            poll.stop();
            done.accept(write());
        } else if (seconds > timeoutSeconds) {
            poll.stop();
            write();
            done.accept(new Outcome(1, String.format("snapshot timed out after %d s; still computing: %s (%s written as it was)",
                    timeoutSeconds, String.join(", ", busy), out)));
        }
    }

    private Outcome write() {
        WritableImage image = window.getScene().snapshot(null);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile())) {
                return new Outcome(3, "cannot write " + out + ": no PNG writer");
            }
        } catch (IOException | RuntimeException e) {
            return new Outcome(3, "cannot write " + out + ": " + e.getMessage());
        }
        if (crashes.count() > 0) {
            return new Outcome(1, crashes.count() + " uncaught exception(s) while drawing, the first: "
                    + crashes.first().map(Throwable::toString).orElse("?") + "; " + crashes.whereLogged());
        }
        return new Outcome(0, "");
    }
}
