package org.phaselab.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.phaselab.export.catalogue.FigureEntry;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.Computation;

/**
 * One plot's pipeline: parameters -> request -> service -> figure. Holds the figure, a busy flag
 * with progress, and the status message (failures land here, never as exceptions).
 */
public final class PlotChannel<Q> implements AutoCloseable {
    private final BackgroundJob<Figure> job;
    private final Supplier<Q> requests;
    private final Function<Q, Computation<Figure>> computations;
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");

    public PlotChannel(String name, Executor fxThread, Supplier<Q> requests,
                Function<Q, Computation<Figure>> computations) {
        this.job = new BackgroundJob<>(name, fxThread, "Could not compute: ", "Cancelled");
        this.requests = requests;
        this.computations = computations;
    }

    /** The channel of a catalogue figure, computed from the scene the supplier returns (the panel's current one). */
    public static <S> PlotChannel<S> of(FigureEntry<S> entry, Executor fxThread, Supplier<S> scene) {
        return new PlotChannel<>(entry.id(), fxThread, scene, s -> m -> entry.compute(s, m));
    }

    /** Builds the request from the current parameters and submits it. */
    public void request() {
        Q q;
        try {
            q = requests.get();
        } catch (IllegalArgumentException e) {
            job.say(e.getMessage());
            return;
        }
        job.submit(computations.apply(q), figure::set);
    }

    public void cancel() {
        job.cancel();
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return job.messageProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return job.busyProperty();
    }

    @Override
    public void close() {
        job.close();
    }
}
