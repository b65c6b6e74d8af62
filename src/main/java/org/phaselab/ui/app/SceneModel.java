package org.phaselab.ui.app;

import org.phaselab.ui.common.SceneProperties;

/** A view-model whose parameters form one snapshot S (a preset's scene). */
public interface SceneModel<S> extends AutoCloseable {
    /** The current parameters (throws IllegalArgumentException if out of range). */
    S scene();

    /** Sets every parameter from a snapshot. */
    void apply(S scene);

    /** One property per declared parameter: undo, redo, reset and play work on them. */
    SceneProperties<S> parameters();

    @Override
    void close();
}
