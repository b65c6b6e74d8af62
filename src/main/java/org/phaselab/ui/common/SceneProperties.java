package org.phaselab.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.phaselab.service.param.BoolParam;
import org.phaselab.service.param.ChoiceParam;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.Param;
import org.phaselab.service.param.SceneSchema;
import org.phaselab.service.param.Values;

/**
 * One JavaFX property per declared parameter of a panel, created from its {@link SceneSchema} at the declared
 * defaults: the view-model reads the scene from them and applies presets to them, without spelling a parameter out.
 */
public final class SceneProperties<S> {
    private final SceneSchema<S> schema;
    private final Map<Param<?>, Property<?>> properties = new LinkedHashMap<>();

    public SceneProperties(Object bean, SceneSchema<S> schema) {
        this.schema = schema;
        for (Param<?> p : schema.params()) {
            properties.put(p, create(bean, p));
        }
    }

    private static Property<?> create(Object bean, Param<?> p) {
        if (p instanceof NumberParam n) {
            return new SimpleDoubleProperty(bean, n.key(), n.defaultValue());
        }
        if (p instanceof IntParam i) {
            return new SimpleIntegerProperty(bean, i.key(), i.defaultValue());
        }
        if (p instanceof BoolParam b) {
            return new SimpleBooleanProperty(bean, b.key(), b.defaultValue());
        }
        return new SimpleObjectProperty<>(bean, p.key(), p.defaultValue());
    }

    public SceneSchema<S> schema() {
        return schema;
    }

    public DoubleProperty number(NumberParam p) {
        return (DoubleProperty) property(p);
    }

    public IntegerProperty integer(IntParam p) {
        return (IntegerProperty) property(p);
    }

    public BooleanProperty bool(BoolParam p) {
        return (BooleanProperty) property(p);
    }

    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> ObjectProperty<E> choice(ChoiceParam<E> p) {
        return (ObjectProperty<E>) property(p);
    }

    /** The property of a declaration of this panel. */
    public Property<?> property(Param<?> p) {
        Property<?> prop = properties.get(p);
        if (prop == null) {
            throw new IllegalArgumentException(schema.panel() + " has no parameter " + p.key());
        }
        return prop;
    }

    /** Runs {@code action} after any change of the given parameters (every change, not only invalidations). */
    public void onChange(Runnable action, Param<?>... params) {
        for (Param<?> p : params) {
            property(p).addListener((o, a, b) -> action.run());
        }
    }

    /** Runs {@code action} after any change of any parameter. */
    public void onAnyChange(Runnable action) {
        onChange(action, schema.params().toArray(Param<?>[]::new));
    }

    /** Observables of some parameters, for bindings that depend on them. */
    public Observable[] of(Param<?>... params) {
        List<Observable> list = new ArrayList<>();
        for (Param<?> p : params) {
            list.add(property(p));
        }
        return list.toArray(Observable[]::new);
    }

    /** The current values, unchecked. */
    public Values values() {
        Values v = schema.defaultValues();
        for (Map.Entry<Param<?>, Property<?>> e : properties.entrySet()) {
            v = with(v, e.getKey(), e.getValue().getValue());
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static <T> Values with(Values v, Param<T> p, Object value) {
        if (p instanceof NumberParam) {
            return v.with(p, (T) Double.valueOf(((Number) value).doubleValue()));
        }
        if (p instanceof IntParam) {
            return v.with(p, (T) Integer.valueOf(((Number) value).intValue()));
        }
        return v.with(p, (T) value);
    }

    /** The current parameters as a scene; IllegalArgumentException (naming the key) if they do not make one. */
    public S scene() {
        return schema.build(values());
    }

    /** Sets every property from a scene (a preset, an undo step). */
    public void apply(S scene) {
        Values v = schema.valuesOf(scene);
        for (Map.Entry<Param<?>, Property<?>> e : properties.entrySet()) {
            set(e.getValue(), v.get(e.getKey()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Property<?> property, Object value) {
        ((Property<Object>) property).setValue(value);
    }
}
