package org.phaselab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.service.theory.TheoryScene.Range;

/** The theory panel's parameters in a preset; keys are the {@link Range} keys; missing keys take the default scene. */
public final class TheorySceneCodec implements SceneCodec<TheoryScene> {
    private static final Set<String> KEYS = Arrays.stream(Range.values()).map(r -> r.key).collect(Collectors.toSet());

    @Override
    public String panel() {
        return "theory";
    }

    @Override
    public TheoryScene decode(ObjectNode p, String source) throws PresetException {
        JsonFields f = PresetReader.fields(p, source, "parameters.");
        f.rejectUnknown(KEYS);
        TheoryScene d = TheoryScene.DEFAULT;
        return new TheoryScene(
                num(f, Range.KAPPA_TOP, d.kappaTop()),
                (int) f.integer(Range.CURVE_COUNT.key, (int) Range.CURVE_COUNT.min, (int) Range.CURVE_COUNT.max, d.curveCount()),
                num(f, Range.ENTROPY_ALPHA_MAX, d.entropyAlphaMax()),
                num(f, Range.LE_ALPHA, d.leAlpha()),
                num(f, Range.LE_KAPPA, d.leKappa()),
                num(f, Range.LE_KAPPA_REF_TOP, d.leKappaRefTop()),
                f.integer(Range.LE_REF_COUNT.key, (int) Range.LE_REF_COUNT.min, (int) Range.LE_REF_COUNT.max, d.leRefCount()),
                num(f, Range.LE_D_MAX, d.leDMax()),
                num(f, Range.TS_ALPHA_MAX, d.tsAlphaMax()));
    }

    private static double num(JsonFields f, Range r, double fallback) throws PresetException {
        return f.number(r.key, r.min, r.max, fallback);
    }

    @Override
    public ObjectNode encode(TheoryScene s) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put(Range.KAPPA_TOP.key, s.kappaTop());
        o.put(Range.CURVE_COUNT.key, s.curveCount());
        o.put(Range.ENTROPY_ALPHA_MAX.key, s.entropyAlphaMax());
        o.put(Range.LE_ALPHA.key, s.leAlpha());
        o.put(Range.LE_KAPPA.key, s.leKappa());
        o.put(Range.LE_KAPPA_REF_TOP.key, s.leKappaRefTop());
        o.put(Range.LE_REF_COUNT.key, s.leRefCount());
        o.put(Range.LE_D_MAX.key, s.leDMax());
        o.put(Range.TS_ALPHA_MAX.key, s.tsAlphaMax());
        return o;
    }
}
