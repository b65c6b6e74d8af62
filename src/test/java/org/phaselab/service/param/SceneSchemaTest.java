package org.phaselab.service.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.service.training.TrainingScene;

/** Every panel's declarations: defaults, ranges and the wiring of each declaration to its scene component. */
class SceneSchemaTest {
    static Stream<SceneSchema<?>> schemas() {
        return Stream.of(TheoryScene.SCHEMA, DeepScene.SCHEMA, JammingScene.SCHEMA, TrainingScene.SCHEMA, RandomFeaturesScene.SCHEMA);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    <S> void theDefaultsRoundTripThroughTheirValues(SceneSchema<S> schema) {
        S d = schema.defaults();
        assertEquals(d, schema.build(schema.valuesOf(d)));
        for (Param<?> p : schema.params()) {
            assertEquals(p.defaultValue(), schema.valuesOf(d).get(p), p.key());
        }
    }

    /** Each declaration reaches its own component: setting it to its min and max is read back from the scene. */
    @ParameterizedTest
    @MethodSource("schemas")
    <S> void eachDeclarationIsWiredToItsOwnComponent(SceneSchema<S> schema) {
        for (Param<?> p : schema.params()) {
            for (Object value : extremes(p)) {
                Values v = with(schema.defaultValues(), p, value);
                S scene;
                try {
                    scene = schema.build(v);
                } catch (IllegalArgumentException ruleTyingValues) {
                    continue; // e.g. width_from above width_to: a rule of the scene, not a wiring error
                }
                assertEquals(value, schema.valuesOf(scene).get(p), schema.panel() + "." + p.key());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    <S> void valuesOutsideTheirRangeAreRefusedByKey(SceneSchema<S> schema) {
        for (Param<?> p : schema.params()) {
            Object bad = outside(p);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> schema.build(with(schema.defaultValues(), p, bad)), p.key());
            assertTrue(e.getMessage().startsWith(p.key() + " must"), e.getMessage());
        }
    }

    @Test
    void theKeyboardStepIsTheDisplayPrecision() {
        assertEquals(0.001, TheoryScene.LE_ALPHA.step(), 1e-15);
        assertEquals(0.01, TheoryScene.KAPPA_TOP.step(), 1e-15);
        assertEquals(0.1, TrainingScene.MAX_SECONDS.step(), 1e-15);
    }

    @Test
    void boundsInMessagesAreWrittenAsPeopleWriteThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TheoryScene.LE_ALPHA.check(2.0));
        assertEquals("le_alpha must lie in [0.01, 0.83], got 2.0", e.getMessage());
    }

    @Test
    void choicesParseTheirTokensAndListThemWhenWrong() {
        assertEquals(org.phaselab.training.trainer.Algorithm.SBPI, TrainingScene.ALGORITHM.parse("SBPI"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeepScene.ACTIVATION.parse("gelu"));
        assertEquals("activation must be one of linear, tanh or relu, got 'gelu'", e.getMessage());
    }

    private static List<Object> extremes(Param<?> p) {
        if (p instanceof NumberParam n) {
            return List.of(n.min(), n.max());
        }
        if (p instanceof IntParam i) {
            return List.of(i.min(), i.max());
        }
        if (p instanceof BoolParam) {
            return List.of(true, false);
        }
        return List.copyOf(((ChoiceParam<?>) p).values());
    }

    private static Object outside(Param<?> p) {
        if (p instanceof NumberParam n) {
            return n.max() + 1;
        }
        if (p instanceof IntParam i) {
            return i.max() + 1;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> Values with(Values v, Param<T> p, Object value) {
        return v.with(p, (T) value);
    }
}
