package org.phaselab.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.service.Computation;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;

/**
 * Background work as a view-model sees it: a busy flag, progress in [0, 1] and a message line, on the FX thread, over
 * a {@link LatestWinsService} (newest request wins; cancel). A result goes to the caller; a failure or a cancel becomes
 * the message, never an exception. One of these serves every plot and every training run of the app.
 */
public final class BackgroundJob<R> implements AutoCloseable {
    private final LatestWinsService<R> service;
    private final String failedPrefix;
    private final String cancelledText;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    /**
     * @param name          the worker thread's name
     * @param failedPrefix  put before a failure's reason, e.g. "Training failed: "
     * @param cancelledText the message after a cancel, e.g. "Training cancelled"
     */
    public BackgroundJob(String name, Executor fxThread, String failedPrefix, String cancelledText) {
        this.service = new LatestWinsService<>(name, fxThread);
        this.failedPrefix = failedPrefix;
        this.cancelledText = cancelledText;
    }

    /** Starts {@code computation} (cancelling the one in flight); {@code onDone} gets its result on the FX thread. */
    public void submit(Computation<R> computation, Consumer<R> onDone) {
        submit(null, computation, r -> { }, onDone, m -> { });
    }

    /**
     * Starts {@code computation} (cancelling the one in flight). On the FX thread, {@code onDone} gets its result, or
     * {@code onStopped} the message of a failure or a cancel; the busy flag falls only after either ran, so a
     * listener of the flag sees the outcome already delivered.
     */
    public void submit(Computation<R> computation, Consumer<R> onDone, Consumer<String> onStopped) {
        submit(null, computation, r -> { }, onDone, onStopped);
    }

    /**
     * As {@link #submit(Computation, Consumer, Consumer)}, after a coarse {@code preview} (null: none) whose value, if
     * it arrives before the final one, goes to {@code onPreview}.
     */
    public void submit(Computation<R> preview, Computation<R> computation, Consumer<R> onPreview, Consumer<R> onDone,
                       Consumer<String> onStopped) {
        busy.set(true);
        progress.set(0);
        service.submit(preview, computation, new RequestListener<>() {
            @Override
            public void onProgress(double fraction) {
                progress.set(fraction);
            }

            @Override
            public void onPreview(R value) {
                onPreview.accept(value);
            }

            @Override
            public void onOutcome(Outcome<R> outcome) {
                if (outcome instanceof Outcome.Done<R> done) {
                    message.set("");
                    onDone.accept(done.value());
                } else {
                    message.set(outcome instanceof Outcome.Failed<R> failed ? failedPrefix + failed.message() : cancelledText);
                    onStopped.accept(message.get());
                }
                busy.set(false);
            }
        });
    }

    /** Sets the message line (e.g. why a request could not be made). */
    public void say(String text) {
        message.set(text);
    }

    public void cancel() {
        service.cancel();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    @Override
    public void close() {
        service.close();
    }
}
