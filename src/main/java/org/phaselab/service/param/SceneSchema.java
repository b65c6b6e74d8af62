package org.phaselab.service.param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A panel's parameters as one list of declarations, each with the scene accessor that reads it, and the factory that
 * builds the scene from their values. The preset codec, the view-model's properties and the controls are derived
 * from it; the scene record's constructor keeps only the rules that tie parameters together.
 *
 * @param <S> the panel's scene record
 */
public final class SceneSchema<S> {
    /** A declaration and how to read its value from a scene. */
    public record Entry<S, T>(Param<T> param, Function<S, T> read) {}

    private final String panel;
    private final List<Entry<S, ?>> entries;
    private final Function<Values, S> factory;

    private SceneSchema(String panel, List<Entry<S, ?>> entries, Function<Values, S> factory) {
        this.panel = panel;
        this.entries = List.copyOf(entries);
        this.factory = factory;
    }

    public static <S> Builder<S> of(String panel) {
        return new Builder<>(panel);
    }

    /** The panel id of presets ("theory", "jamming", ...). */
    public String panel() {
        return panel;
    }

    public List<Entry<S, ?>> entries() {
        return entries;
    }

    public List<Param<?>> params() {
        return entries.stream().<Param<?>>map(Entry::param).toList();
    }

    /** The declaration with this preset key. */
    public Optional<Param<?>> param(String key) {
        return params().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Every parameter at its default. */
    public Values defaultValues() {
        Map<Param<?>, Object> m = new LinkedHashMap<>();
        for (Entry<S, ?> e : entries) {
            m.put(e.param(), e.param().defaultValue());
        }
        return new Values(m);
    }

    /** The scene of the defaults. */
    public S defaults() {
        return build(defaultValues());
    }

    /** The values of a scene. */
    public Values valuesOf(S scene) {
        Map<Param<?>, Object> m = new LinkedHashMap<>();
        for (Entry<S, ?> e : entries) {
            m.put(e.param(), e.read().apply(scene));
        }
        return new Values(m);
    }

    /**
     * Checks every value against its declaration, then builds the scene (whose constructor checks the rules that tie
     * values together). Throws IllegalArgumentException naming the first offending key.
     */
    public S build(Values values) {
        for (Entry<S, ?> e : entries) {
            checkOne(e.param(), values);
        }
        return factory.apply(values);
    }

    private static <T> void checkOne(Param<T> p, Values values) {
        p.check(values.get(p));
    }

    /**
     * Checks the values of a scene's components in declaration order (for the scene record's compact constructor,
     * which cannot read its own accessors yet).
     */
    public void checkComponents(Object... components) {
        if (components.length != entries.size()) {
            throw new IllegalStateException(panel + ": " + components.length + " components for " + entries.size() + " parameters");
        }
        for (int i = 0; i < components.length; i++) {
            checkRaw(entries.get(i).param(), components[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void checkRaw(Param<T> p, Object value) {
        p.check((T) value);
    }

    /** Collects declarations in the order of the scene record's components. */
    public static final class Builder<S> {
        private final String panel;
        private final List<Entry<S, ?>> entries = new ArrayList<>();

        private Builder(String panel) {
            this.panel = panel;
        }

        public <T> Builder<S> add(Param<T> param, Function<S, T> read) {
            if (entries.stream().anyMatch(e -> e.param().key().equals(param.key()))) {
                throw new IllegalArgumentException(panel + ": key " + param.key() + " declared twice");
            }
            entries.add(new Entry<>(param, read));
            return this;
        }

        public SceneSchema<S> build(Function<Values, S> factory) {
            return new SceneSchema<>(panel, entries, factory);
        }
    }
}
