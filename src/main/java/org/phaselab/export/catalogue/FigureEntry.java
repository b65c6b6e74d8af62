package org.phaselab.export.catalogue;

import java.util.List;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;
import org.phaselab.service.param.Param;

/**
 * One figure of a panel: its id (in presets, on the command line, as the plot's node id), the title people read
 * (menus, the export dialog), the parameters it depends on (a change of one recomputes it) and how it is computed
 * from the panel's scene. The app, {@code render} and the command line all call {@link #compute}.
 */
public record FigureEntry<S>(String id, String title, List<Param<?>> inputs, Computation<S> computation) {

    /** Computes the figure of a scene; checks the monitor between steps. */
    @FunctionalInterface
    public interface Computation<S> {
        Figure compute(S scene, Monitor monitor) throws InterruptedException;
    }

    public FigureEntry {
        inputs = List.copyOf(inputs);
    }

    public Figure compute(S scene, Monitor monitor) throws InterruptedException {
        return computation.compute(scene, monitor);
    }
}
