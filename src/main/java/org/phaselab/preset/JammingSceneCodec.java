package org.phaselab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.service.jamming.JammingScene.Range;
import org.phaselab.training.jamming.Activation;

/** The jamming panel's parameters in a preset; keys are the {@link Range} keys plus "activation"; missing keys take the default. */
public final class JammingSceneCodec implements SceneCodec<JammingScene> {
    private static final String ACTIVATION = "activation";
    private static final Set<String> KEYS = new HashSet<>();

    static {
        Arrays.stream(Range.values()).forEach(r -> KEYS.add(r.key));
        KEYS.add(ACTIVATION);
    }

    @Override
    public String panel() {
        return "jamming";
    }

    @Override
    public JammingScene decode(ObjectNode p, String source) throws PresetException {
        JsonFields f = PresetReader.fields(p, source, "parameters.");
        f.rejectUnknown(KEYS);
        JammingScene d = JammingScene.DEFAULT;
        String act = f.text(ACTIVATION, false, d.activation().name()).toUpperCase(Locale.ROOT);
        Activation activation;
        try {
            activation = Activation.valueOf(act);
        } catch (IllegalArgumentException e) {
            throw PresetException.field(source, "parameters." + ACTIVATION, "must be tanh or relu, got '" + act.toLowerCase(Locale.ROOT) + "'");
        }
        try {
            return new JammingScene(i(f, Range.PATTERNS, d.patterns()), i(f, Range.INPUT_DIM, d.inputDim()), i(f, Range.DEPTH, d.depth()),
                    i(f, Range.WIDTH_FROM, d.widthFrom()), i(f, Range.WIDTH_TO, d.widthTo()), i(f, Range.SEEDS, d.seeds()), activation,
                    i(f, Range.PERCEPTRON_N, d.perceptronN()), f.number(Range.KAPPA.key, Range.KAPPA.min, Range.KAPPA.max, d.kappa()),
                    f.number(Range.ALPHA_FROM.key, Range.ALPHA_FROM.min, Range.ALPHA_FROM.max, d.alphaFrom()),
                    f.number(Range.ALPHA_TO.key, Range.ALPHA_TO.min, Range.ALPHA_TO.max, d.alphaTo()),
                    i(f, Range.LOADS, d.loads()), i(f, Range.PERCEPTRON_SEEDS, d.perceptronSeeds()));
        } catch (IllegalArgumentException e) {
            throw PresetException.field(source, "parameters", e.getMessage());
        }
    }

    private static int i(JsonFields f, Range r, int fallback) throws PresetException {
        return f.integer(r.key, (int) r.min, (int) r.max, fallback);
    }

    @Override
    public ObjectNode encode(JammingScene s) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put(Range.PATTERNS.key, s.patterns());
        o.put(Range.INPUT_DIM.key, s.inputDim());
        o.put(Range.DEPTH.key, s.depth());
        o.put(Range.WIDTH_FROM.key, s.widthFrom());
        o.put(Range.WIDTH_TO.key, s.widthTo());
        o.put(Range.SEEDS.key, s.seeds());
        o.put(ACTIVATION, s.activation().name().toLowerCase(Locale.ROOT));
        o.put(Range.PERCEPTRON_N.key, s.perceptronN());
        o.put(Range.KAPPA.key, s.kappa());
        o.put(Range.ALPHA_FROM.key, s.alphaFrom());
        o.put(Range.ALPHA_TO.key, s.alphaTo());
        o.put(Range.LOADS.key, s.loads());
        o.put(Range.PERCEPTRON_SEEDS.key, s.perceptronSeeds());
        return o;
    }
}
