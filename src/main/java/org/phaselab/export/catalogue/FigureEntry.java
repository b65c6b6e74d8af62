package org.phaselab.export.catalogue;

import java.util.List;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;
import org.phaselab.service.param.Param;

/**
 * One figure of a panel: its id (in presets, on the command line, as the plot's node id), the title people read
 * (menus, the export dialog), the parameters it depends on (a change of one recomputes it) and how it is computed
 * from the panel's scene. The app, {@code render} and the command line all call {@link #compute}. A slow figure may
 * also have a preview (a coarse version, drawn as a preview, that the app shows first while a slider is dragged);
 * {@code preview} is null for the others.
 */
public record FigureEntry<S>(String id, String title, List<Param<?>> inputs, Computation<S> computation,
                Computation<S> preview) {

    /** Computes the figure of a scene; checks the monitor between steps. */
    @FunctionalInterface
    public interface Computation<S> {
        Figure compute(S scene, Monitor monitor) throws InterruptedException;
    }

    public FigureEntry {
        inputs = List.copyOf(inputs);
    }

    /** A figure without a preview. */
    public FigureEntry(String id, String title, List<Param<?>> inputs, Computation<S> computation) {
        this(id, title, inputs, computation, null);
    }

    public boolean hasPreview() {
        return preview != null;
    }

    public Figure compute(S scene, Monitor monitor) throws InterruptedException {
        return computation.compute(scene, monitor);
    }
}
