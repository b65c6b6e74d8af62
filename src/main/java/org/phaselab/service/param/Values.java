package org.phaselab.service.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of a panel's parameters, by declaration; what a {@link SceneSchema} builds a scene from. */
public final class Values {
    private final Map<Param<?>, Object> values;

    Values(Map<Param<?>, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of {@code p}; IllegalArgumentException if the schema has no such parameter. */
    public <T> T get(Param<T> p) {
        Object v = values.get(p);
        if (v == null && !values.containsKey(p)) {
            throw new IllegalArgumentException("no value for " + p.key());
        }
        @SuppressWarnings("unchecked")
        T t = (T) v;
        return t;
    }

    public double get(NumberParam p) {
        return (Double) values.get(p);
    }

    public int get(IntParam p) {
        return (Integer) values.get(p);
    }

    public boolean get(BoolParam p) {
        return (Boolean) values.get(p);
    }

    /** A copy with one value replaced (not checked here; {@link SceneSchema#build} checks). */
    public <T> Values with(Param<T> p, T value) {
        Map<Param<?>, Object> m = new LinkedHashMap<>(values);
        m.put(p, value);
        return new Values(m);
    }

    Map<Param<?>, Object> asMap() {
        return values;
    }
}
