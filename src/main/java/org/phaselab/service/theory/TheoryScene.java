package org.phaselab.service.theory;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.SceneSchema;
import org.phaselab.theory.localentropy.LocalEntropyDomain;

/**
 * Every parameter of the theory panel, as one immutable snapshot: what a preset stores, what the
 * sliders set, and what the requests to the solvers are built from (the same on screen and headless).
 * <p>The local-entropy load and student margin must admit typical solutions ({@link LocalEntropyDomain}): a scene
 * beyond them is refused (a preset names the problem, a slider shows it over the plots) instead of a minute-long solve.
 *
 * @param kappaTop         largest margin of the entropy family (curves at 0 ... kappaTop)
 * @param curveCount       number of entropy curves
 * @param entropyAlphaMax  right end of the entropy plot's alpha axis
 * @param leAlpha          load of the local-entropy plot
 * @param leKappa          margin of the counted solutions
 * @param leKappaRefTop    largest reference margin
 * @param leRefCount       number of reference margins from leKappa to leKappaRefTop
 * @param leDMax           right end of the distance axis
 * @param tsAlphaMax       right end of the teacher-student alpha axis
 */
public record TheoryScene(double kappaTop, int curveCount, double entropyAlphaMax, double leAlpha, double leKappa,
                          double leKappaRefTop, int leRefCount, double leDMax, double tsAlphaMax) {
    public static final NumberParam KAPPA_TOP = NumberParam.of("kappa_top", "κ max", 0, 1.5, 0.6)
            .help("largest margin κ of the family");
    public static final IntParam CURVE_COUNT = IntParam.of("curve_count", "curves", 1, 6, 4)
            .help("number of margins from 0 to κ max");
    public static final NumberParam ENTROPY_ALPHA_MAX = NumberParam.of("entropy_alpha_max", "α max", 0.2, 1.27, 1.0)
            .help("right end of the α axis (RS has no solution with q < 1 beyond 4/π)").advanced();
    public static final NumberParam LE_ALPHA = NumberParam.of("le_alpha", "α", 0.01, 0.83, 0.6).format("%.3f")
            .help("load α = P/N of the local-entropy plot; the counted solutions must exist: α below the capacity α_c(κ), 0.833 at κ = 0");
    public static final NumberParam LE_KAPPA = NumberParam.of("le_kappa", "κ", 0, 1.0, 0.0)
            .help("margin of the counted solutions").advanced();
    public static final NumberParam LE_KAPPA_REF_TOP = NumberParam.of("le_kappa_ref_top", "κ̃ max", 0, 1.5, 0.26).format("%.3f")
            .help("largest reference margin; references exist only up to κ_max(α)");
    public static final IntParam LE_REF_COUNT = IntParam.of("le_ref_count", "refs", 1, 6, 4)
            .help("number of reference margins from κ to κ̃ max");
    public static final NumberParam LE_D_MAX = NumberParam.of("le_d_max", "d max", 0.02, 0.49, 0.12).format("%.3f")
            .help("right end of the distance axis").advanced();
    public static final NumberParam TS_ALPHA_MAX = NumberParam.of("ts_alpha_max", "α max", 0.5, 3.0, 2.0)
            .help("right end of the α axis");

    /** The panel's parameters, in component order: presets, sliders and checks derive from it. */
    public static final SceneSchema<TheoryScene> SCHEMA = SceneSchema.<TheoryScene>of("theory")
            .add(KAPPA_TOP, TheoryScene::kappaTop).add(CURVE_COUNT, TheoryScene::curveCount)
            .add(ENTROPY_ALPHA_MAX, TheoryScene::entropyAlphaMax).add(LE_ALPHA, TheoryScene::leAlpha)
            .add(LE_KAPPA, TheoryScene::leKappa).add(LE_KAPPA_REF_TOP, TheoryScene::leKappaRefTop)
            .add(LE_REF_COUNT, TheoryScene::leRefCount).add(LE_D_MAX, TheoryScene::leDMax).add(TS_ALPHA_MAX, TheoryScene::tsAlphaMax)
            .build(v -> new TheoryScene(v.get(KAPPA_TOP), v.get(CURVE_COUNT), v.get(ENTROPY_ALPHA_MAX), v.get(LE_ALPHA),
                    v.get(LE_KAPPA), v.get(LE_KAPPA_REF_TOP), v.get(LE_REF_COUNT), v.get(LE_D_MAX), v.get(TS_ALPHA_MAX)));

    public static final TheoryScene DEFAULT = SCHEMA.defaults();

    public TheoryScene {
        SCHEMA.checkComponents(kappaTop, curveCount, entropyAlphaMax, leAlpha, leKappa, leKappaRefTop, leRefCount, leDMax, tsAlphaMax);
        // the counted students must exist (the references are clipped to kappa_max by the backend): the same rule as the CLI's
        LocalEntropyDomain.requireTypicalStudents(leAlpha, leKappa);
    }

    /** Entropy curves at kappa = 0, ..., kappaTop, 200 points each. */
    public EntropyRequest entropyRequest() {
        List<Double> kappas = new ArrayList<>();
        for (int i = 0; i < curveCount; i++) {
            kappas.add(curveCount == 1 ? 0.0 : kappaTop * i / (curveCount - 1));
        }
        return new EntropyRequest(kappas, 0.005, entropyAlphaMax, 200);
    }

    /** Local entropy around references of margins leKappa ... leKappaRefTop, 60 distances each. */
    public LocalEntropyRequest localEntropyRequest() {
        double top = Math.max(leKappa, leKappaRefTop);
        List<Double> refs = new ArrayList<>();
        for (int i = 0; i < leRefCount; i++) {
            refs.add(leRefCount == 1 ? top : leKappa + (top - leKappa) * i / (leRefCount - 1));
        }
        return new LocalEntropyRequest(leAlpha, leKappa, refs, leDMax, 60);
    }

    public TeacherStudentRequest teacherStudentRequest() {
        return new TeacherStudentRequest(tsAlphaMax, 200);
    }
}
