package org.phaselab.ui.common;

import java.util.List;
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
import org.phaselab.service.param.Param;
import org.phaselab.service.param.Values;

/**
 * One plot's pipeline: parameters -> request -> service -> figure. Holds the figure, a busy flag with progress, the
 * message line (failures land here, never as exceptions) and the plot's {@link PlotStatus}: while a request is in
 * flight the figure on screen is STALE and says which of its inputs changed ("updating to α = 0.745"); a failure or a
 * cancel makes it FAILED with the reason; a preview (a coarse result shown while the full one computes) PREVIEW.
 */
public final class PlotChannel<Q> implements AutoCloseable {
    private final BackgroundJob<Figure> job;
    private final Supplier<Q> requests;
    private final Function<Q, Computation<Figure>> computations;
    private final Function<Q, Computation<Figure>> previews;
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final ObjectProperty<PlotStatus> status = new SimpleObjectProperty<>(this, "status", PlotStatus.EMPTY);
    private SceneProperties<?> parameters;
    private List<Param<?>> inputs = List.of();
    /** The parameter values of the figure on screen, and of the request in flight (null without {@link #describing}). */
    private Values drawn;
    private Values requested;
    private long requestCount;
    /** With {@link #onlyWhenChanged()}: the request on screen or in flight (null after a failure or cancel). */
    private Q current;
    private boolean onlyWhenChanged;

    public PlotChannel(String name, Executor fxThread, Supplier<Q> requests,
                Function<Q, Computation<Figure>> computations) {
        this(name, fxThread, requests, computations, null);
    }

    /** With a coarse preview figure drawn first for every request (null: none); the full figure replaces it. */
    public PlotChannel(String name, Executor fxThread, Supplier<Q> requests,
                Function<Q, Computation<Figure>> computations, Function<Q, Computation<Figure>> previews) {
        this.job = new BackgroundJob<>(name, fxThread, "Could not compute: ", "Cancelled");
        this.requests = requests;
        this.computations = computations;
        this.previews = previews;
    }

    /**
     * The channel of a catalogue figure, computed from the panel's current scene; its preview, if the entry has one,
     * is drawn first; its stale mark names the entry's inputs that changed.
     */
    public static <S> PlotChannel<S> of(FigureEntry<S> entry, Executor fxThread, SceneProperties<S> parameters) {
        FigureEntry.Computation<S> preview = entry.preview();
        return new PlotChannel<S>(entry.id(), fxThread, parameters::scene, s -> m -> entry.compute(s, m),
                preview == null ? null : s -> m -> preview.compute(s, m))
                .describing(parameters, entry.inputs());
    }

    /** Names, in the stale mark, those of {@code inputs} whose values differ from the figure on screen. */
    public PlotChannel<Q> describing(SceneProperties<?> parameters, List<Param<?>> inputs) {
        this.parameters = parameters;
        this.inputs = List.copyOf(inputs);
        return this;
    }

    /**
     * Skips a request equal to the one on screen or in flight: for a plot whose request holds everything its
     * computation reads (minutes of work are not restarted because something else of the panel changed).
     */
    public PlotChannel<Q> onlyWhenChanged() {
        this.onlyWhenChanged = true;
        return this;
    }

    /** Builds the request from the current parameters and submits it; the figure on screen is stale until it lands. */
    public void request() {
        Q q;
        try {
            q = requests.get();
        } catch (IllegalArgumentException e) {
            job.say(e.getMessage());
            status.set(PlotStatus.failed(e.getMessage()));
            return;
        }
        if (onlyWhenChanged && q.equals(current)) {
            return;
        }
        current = q;
        long mine = ++requestCount;
        requested = parameters == null ? null : parameters.values();
        status.set(figure.get() == null ? PlotStatus.EMPTY : PlotStatus.stale(updatingTo()));
        job.submit(previews == null ? null : previews.apply(q), computations.apply(q), f -> {
            if (mine == requestCount) {
                figure.set(f);
                status.set(PlotStatus.preview("coarse preview; the full result follows"));
            }
        }, f -> {
            figure.set(f);
            if (mine == requestCount) {
                drawn = requested;
                status.set(PlotStatus.CURRENT);
            }
        }, message -> {
            if (mine == requestCount) {
                current = null;
                status.set(PlotStatus.failed(figure.get() == null || !message.equals("Cancelled") ? message
                        : "Cancelled: the plot shows earlier parameters"));
            }
        });
    }

    private String updatingTo() {
        String changed = parameters == null || drawn == null ? "" : parameters.describeChanges(drawn, inputs);
        return changed.isEmpty() ? "updating…" : "updating to " + changed;
    }

    /**
     * Shows a quick, coarse result of the current parameters (e.g. while a slider is dragged) until the full one
     * arrives; {@code text} says what it is.
     */
    public void showPreview(Figure preview, String text) {
        figure.set(preview);
        status.set(PlotStatus.preview(text));
    }

    public void cancel() {
        job.cancel();
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public ReadOnlyObjectProperty<PlotStatus> statusProperty() {
        return status;
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
