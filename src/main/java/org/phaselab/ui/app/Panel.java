package org.phaselab.ui.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.phaselab.preset.Preset;
import org.phaselab.preset.PresetException;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.ParameterHistory;
import org.phaselab.ui.common.Playable;

/**
 * A tab of the app: a title, its view, the figures it can export, presets, undo/redo/reset and play of its
 * parameters, its help, and clean-up when the app closes.
 */
public interface Panel {
    String title();

    /** Stable id used in presets ("panel": ...), e.g. "theory". */
    default String id() {
        return title().toLowerCase().replace(' ', '-');
    }

    Node view();

    /** The plots of this panel, for export; the first is the one exported by default. */
    List<FigureView> figures();

    /** The figure a preset names (by FigureView id), or the first one. */
    default FigureView figure(String name) {
        return figures().stream().filter(f -> f.getId().equals(name)).findFirst().orElse(figures().get(0));
    }

    /** Shows this figure (a preset's) as the panel's main, largest plot. */
    default void feature(String figureId) {
        if (view() instanceof org.phaselab.ui.common.PanelLayout layout) {
            layout.feature(figureId);
        }
    }

    /**
     * Applies a preset's parameters: decodes and checks all of them first, then sets them, so a bad
     * preset leaves the scene untouched.
     */
    default void apply(Preset preset) throws PresetException {
        throw new PresetException(preset.title() + ": the " + title() + " panel has no presets yet");
    }

    /** The current parameters, for saving a preset; PresetException if they do not form a valid scene. */
    default ObjectNode parameters() throws PresetException {
        throw new PresetException("The " + title() + " panel has no presets yet");
    }

    /** Undo, redo and reset of the parameters; empty if the panel has none. */
    default Optional<ParameterHistory> history() {
        return Optional.empty();
    }

    /** The parameters Play can move across their range, the most telling first. */
    default List<Playable> playable() {
        return List.of();
    }

    /** What the panel shows and the papers it follows (Help → What you see). */
    default PanelHelp help() {
        return new PanelHelp("", List.of());
    }

    /** Stops background work. */
    default void dispose() {}
}
