package org.phaselab.ui.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.phaselab.preset.Preset;
import org.phaselab.preset.PresetException;
import org.phaselab.preset.SceneCodec;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.Param;
import org.phaselab.ui.common.ParameterHistory;
import org.phaselab.ui.common.Playable;
import org.phaselab.ui.common.SceneProperties;

/**
 * A panel whose parameters are one scene snapshot: presets decode into it (all fields checked before any is
 * set) and save from it; undo, redo and reset (to the last preset, or the defaults) and play work on its parameter
 * properties. Subclasses lay out the view and list their figures.
 */
public abstract class ScenePanel<S> implements Panel {
    private final String id;
    private final String title;
    private final SceneCodec<S> codec;
    private final SceneModel<S> model;
    private final ParameterHistory history;

    protected ScenePanel(String id, String title, SceneCodec<S> codec, SceneModel<S> model) {
        this.id = id;
        this.title = title;
        this.codec = codec;
        this.model = model;
        this.history = new ParameterHistory(model.parameters());
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
        history.setResetPoint();
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
    public final Optional<ParameterHistory> history() {
        return Optional.of(history);
    }

    /** The real parameters lecture mode shows, in declaration order; {@link #playable(NumberParam...)} to choose. */
    @Override
    public List<Playable> playable() {
        return playable(model.parameters().schema().params().stream()
                .filter(p -> p instanceof NumberParam && !p.isAdvanced()).toArray(NumberParam[]::new));
    }

    /** These parameters, in this order, for Play. */
    protected final List<Playable> playable(NumberParam... params) {
        SceneProperties<S> p = model.parameters();
        return java.util.Arrays.stream(params).map(n -> new Playable(n, p.number(n))).toList();
    }

    /** Every declared parameter of the panel (for subclasses that list them). */
    protected final List<Param<?>> declared() {
        return model.parameters().schema().params();
    }

    @Override
    public void dispose() {
        model.close();
    }
}
