package org.phaselab.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.Computation;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;

/**
 * One plot's pipeline: parameters -> request -> service -> figure. Holds the figure, a busy flag
 * with progress, and the status message (failures land here, never as exceptions).
 */
public final class PlotChannel<Q> implements AutoCloseable {
    private final LatestWinsService<Figure> service;
    private final Supplier<Q> requests;
    private final Function<Q, Computation<Figure>> computations;
    private final Function<Q, Computation<Figure>> previews;
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<Boolean> busy = new SimpleObjectProperty<>(this, "busy", false);

    public PlotChannel(String name, Executor fxThread, Supplier<Q> requests,
                Function<Q, Computation<Figure>> computations) {
        this(name, fxThread, requests, computations, null);
    }

    /** With a coarse preview figure drawn first for every request (null: none); the full figure replaces it. */
    public PlotChannel(String name, Executor fxThread, Supplier<Q> requests,
                Function<Q, Computation<Figure>> computations, Function<Q, Computation<Figure>> previews) {
        this.service = new LatestWinsService<>(name, fxThread);
        this.requests = requests;
        this.computations = computations;
        this.previews = previews;
    }

    /** Builds the request from the current parameters and submits it. */
    public void request() {
        Q q;
        try {
            q = requests.get();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        service.submit(previews == null ? null : previews.apply(q), computations.apply(q), new RequestListener<>() {
            @Override
            public void onProgress(double fraction) {
                progress.set(fraction);
            }

            @Override
            public void onPreview(Figure preview) {
                figure.set(preview);
            }

            @Override
            public void onOutcome(Outcome<Figure> outcome) {
                busy.set(false);
                if (outcome instanceof Outcome.Done<Figure> done) {
                    figure.set(done.value());
                    message.set("");
                } else if (outcome instanceof Outcome.Failed<Figure> failed) {
                    message.set("Could not compute: " + failed.message() + " (the plot shows the last good result)");
                } else {
                    message.set("Cancelled");
                }
            }
        });
    }

    public void cancel() {
        service.cancel();
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Boolean> busyProperty() {
        return busy;
    }

    @Override
    public void close() {
        service.close();
    }
}
