package org.phaselab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.training.deep.Activation;

/** The deep-transition panel's parameters in a preset; missing keys take {@link DeepScene#DEFAULT}. */
public final class DeepSceneCodec implements SceneCodec<DeepScene> {
    private static final Set<String> KEYS = Set.of("depth", "gamma", "width", "activation", "sweep_points", "seed");

    @Override
    public String panel() {
        return "deep";
    }

    @Override
    public DeepScene decode(ObjectNode p, String source) throws PresetException {
        JsonFields f = PresetReader.fields(p, source, "parameters.");
        f.rejectUnknown(KEYS);
        DeepScene d = DeepScene.DEFAULT;
        String act = f.text("activation", false, d.activation().name()).toUpperCase(Locale.ROOT);
        if (Arrays.stream(Activation.values()).noneMatch(a -> a.name().equals(act))) {
            throw new PresetException(source + ": field 'parameters.activation': must be linear, tanh or relu, got '"
                    + act.toLowerCase(Locale.ROOT) + "'");
        }
        return new DeepScene(
                f.integer("depth", 0, 5, d.depth()),
                f.number("gamma", 0, DeepScene.GAMMA_MAX, d.gamma()),
                f.integer("width", 1, 32, d.width()),
                Activation.valueOf(act),
                f.integer("sweep_points", 2, 200, d.sweepPoints()),
                f.integer("seed", 1, 1_000_000, d.seed()));
    }

    @Override
    public ObjectNode encode(DeepScene s) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("depth", s.depth());
        o.put("gamma", s.gamma());
        o.put("width", s.width());
        o.put("activation", s.activation().name().toLowerCase(Locale.ROOT));
        o.put("sweep_points", s.sweepPoints());
        o.put("seed", s.seed());
        return o;
    }
}
