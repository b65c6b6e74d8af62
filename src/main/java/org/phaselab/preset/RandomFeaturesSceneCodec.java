package org.phaselab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;
import org.phaselab.service.randomfeatures.HiddenManifoldSweep;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;

/** The random-features panel's parameters in a preset; missing keys take {@link RandomFeaturesScene#DEFAULT}. */
public final class RandomFeaturesSceneCodec implements SceneCodec<RandomFeaturesScene> {
    private static final Set<String> KEYS = Set.of("alpha_d", "training_sweep");

    @Override
    public String panel() {
        return "random-features";
    }

    @Override
    public RandomFeaturesScene decode(ObjectNode p, String source) throws PresetException {
        JsonFields f = PresetReader.fields(p, source, "parameters.");
        f.rejectUnknown(KEYS);
        RandomFeaturesScene d = RandomFeaturesScene.DEFAULT;
        double alphaD = f.number("alpha_d", RandomFeaturesScene.ALPHA_D_MIN, RandomFeaturesScene.ALPHA_D_MAX, d.alphaD());
        JsonNode sweep = p.get("training_sweep");
        if (sweep != null && !sweep.isNull() && !sweep.isBoolean()) {
            throw PresetException.field(source, "parameters.training_sweep", "must be true or false, got " + sweep);
        }
        boolean train = sweep == null || sweep.isNull() ? d.trainingSweep() : sweep.asBoolean();
        if (train && alphaD < HiddenManifoldSweep.MIN_ALPHA_D) {
            throw PresetException.field(source, "parameters.training_sweep", String.format(Locale.ROOT,
                    "the training sweep needs alpha_d >= %.2f, got alpha_d = %s", HiddenManifoldSweep.MIN_ALPHA_D, alphaD));
        }
        return new RandomFeaturesScene(alphaD, train);
    }

    @Override
    public ObjectNode encode(RandomFeaturesScene s) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("alpha_d", s.alphaD());
        o.put("training_sweep", s.trainingSweep());
        return o;
    }
}
