package org.phaselab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;

/** The random-features panel's parameters in a preset; missing keys take {@link RandomFeaturesScene#DEFAULT}. */
public final class RandomFeaturesSceneCodec implements SceneCodec<RandomFeaturesScene> {
    private static final Set<String> KEYS = Set.of("alpha_d");

    @Override
    public String panel() {
        return "random-features";
    }

    @Override
    public RandomFeaturesScene decode(ObjectNode p, String source) throws PresetException {
        JsonFields f = PresetReader.fields(p, source, "parameters.");
        f.rejectUnknown(KEYS);
        return new RandomFeaturesScene(f.number("alpha_d", RandomFeaturesScene.ALPHA_D_MIN, RandomFeaturesScene.ALPHA_D_MAX,
                RandomFeaturesScene.DEFAULT.alphaD()));
    }

    @Override
    public ObjectNode encode(RandomFeaturesScene s) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("alpha_d", s.alphaD());
        return o;
    }
}
