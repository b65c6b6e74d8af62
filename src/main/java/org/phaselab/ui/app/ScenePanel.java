package org.phaselab.ui.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.phaselab.preset.Preset;
import org.phaselab.preset.PresetException;
import org.phaselab.preset.SceneCodec;

/**
 * A panel whose parameters are one scene snapshot: presets decode into it (all fields checked before any is
 * set) and save from it. Subclasses lay out the view and list their figures.
 */
public abstract class ScenePanel<S> implements Panel {
    private final String id;
    private final String title;
    private final SceneCodec<S> codec;
    private final SceneModel<S> model;

    protected ScenePanel(String id, String title, SceneCodec<S> codec, SceneModel<S> model) {
        this.id = id;
        this.title = title;
        this.codec = codec;
        this.model = model;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final void apply(Preset preset) throws PresetException {
        model.apply(codec.decode(preset.parameters(), preset.source()));
        applied(preset);
    }

    /** Called after a preset's parameters are set (e.g. to start the computation it shows); does nothing by default. */
    protected void applied(Preset preset) {}

    @Override
    public final ObjectNode parameters() throws PresetException {
        try {
            return codec.encode(model.scene());
        } catch (IllegalArgumentException e) {
            throw new PresetException("Cannot save the " + title() + " scene: " + e.getMessage());
        }
    }

    @Override
    public void dispose() {
        model.close();
    }
}
