package org.phaselab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.phaselab.service.param.BoolParam;
import org.phaselab.service.param.ChoiceParam;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.Param;
import org.phaselab.service.param.SceneSchema;
import org.phaselab.service.param.Values;

/**
 * A panel's parameters in a preset, derived from its {@link SceneSchema}: keys are the declarations' keys, each
 * value is checked against its declaration (the error names the field), missing keys take the default, and the
 * rules that tie values together are reported on "parameters".
 */
public final class SchemaCodec<S> implements SceneCodec<S> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final SceneSchema<S> schema;
    private final Set<String> keys = new LinkedHashSet<>();

    public SchemaCodec(SceneSchema<S> schema) {
        this.schema = schema;
        schema.params().forEach(p -> keys.add(p.key()));
    }

    @Override
    public String panel() {
        return schema.panel();
    }

    public SceneSchema<S> schema() {
        return schema;
    }

    @Override
    public S decode(ObjectNode parameters, String source) throws PresetException {
        JsonFields f = PresetReader.fields(parameters, source, "parameters.");
        f.rejectUnknown(keys);
        Values values = schema.defaultValues();
        for (Param<?> p : schema.params()) {
            values = read(f, source, p, values);
        }
        try {
            return schema.build(values);
        } catch (IllegalArgumentException e) {
            throw PresetException.field(source, "parameters", e.getMessage());
        }
    }

    private static Values read(JsonFields f, String source, Param<?> p, Values values) throws PresetException {
        if (p instanceof NumberParam n) {
            return values.with(n, f.number(n.key(), n.min(), n.max(), n.defaultValue()));
        }
        if (p instanceof IntParam i) {
            return values.with(i, f.integer(i.key(), i.min(), i.max(), i.defaultValue()));
        }
        if (p instanceof BoolParam b) {
            return values.with(b, f.bool(b.key(), b.defaultValue()));
        }
        return readChoice(f, source, (ChoiceParam<?>) p, values);
    }

    private static <E extends Enum<E>> Values readChoice(JsonFields f, String source, ChoiceParam<E> c, Values values)
            throws PresetException {
        String text = f.text(c.key(), false, null);
        if (text == null) {
            return values;
        }
        try {
            return values.with(c, c.parse(text));
        } catch (IllegalArgumentException e) {
            throw PresetException.field(source, "parameters." + c.key(), "must be " + c.tokens() + ", got " + JsonFields.shown(text));
        }
    }

    @Override
    public ObjectNode encode(S scene) {
        ObjectNode o = MAPPER.createObjectNode();
        Values v = schema.valuesOf(scene);
        for (Param<?> p : schema.params()) {
            if (p instanceof NumberParam n) {
                o.put(n.key(), v.get(n));
            } else if (p instanceof IntParam i) {
                o.put(i.key(), v.get(i));
            } else if (p instanceof BoolParam b) {
                o.put(b.key(), v.get(b));
            } else {
                o.put(p.key(), token((ChoiceParam<?>) p, v));
            }
        }
        return o;
    }

    private static <E extends Enum<E>> String token(ChoiceParam<E> c, Values v) {
        return c.token().apply(v.get(c));
    }
}
