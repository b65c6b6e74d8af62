package org.phaselab.service.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * Every parameter of the theory panel, as one immutable snapshot: what a preset stores, what the
 * sliders set, and what the requests to the solvers are built from (the same on screen and headless).
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
    public static final TheoryScene DEFAULT = new TheoryScene(0.6, 4, 1.0, 0.6, 0.0, 0.26, 4, 0.12, 2.0);

    /** Allowed ranges, shared by the sliders, the preset reader and the command line. */
    public enum Range {
        KAPPA_TOP("kappa_top", 0, 1.5), CURVE_COUNT("curve_count", 1, 6), ENTROPY_ALPHA_MAX("entropy_alpha_max", 0.2, 1.27),
        LE_ALPHA("le_alpha", 0.01, 0.85), LE_KAPPA("le_kappa", 0, 1.0), LE_KAPPA_REF_TOP("le_kappa_ref_top", 0, 1.5),
        LE_REF_COUNT("le_ref_count", 1, 6), LE_D_MAX("le_d_max", 0.02, 0.49), TS_ALPHA_MAX("ts_alpha_max", 0.5, 3.0);

        public final String key;
        public final double min;
        public final double max;

        Range(String key, double min, double max) {
            this.key = key;
            this.min = min;
            this.max = max;
        }

        public void check(double v) {
            if (!Double.isFinite(v) || v < min || v > max) {
                throw new IllegalArgumentException(key + " must lie in [" + min + ", " + max + "], got " + v);
            }
        }
    }

    public TheoryScene {
        Range.KAPPA_TOP.check(kappaTop);
        Range.CURVE_COUNT.check(curveCount);
        Range.ENTROPY_ALPHA_MAX.check(entropyAlphaMax);
        Range.LE_ALPHA.check(leAlpha);
        Range.LE_KAPPA.check(leKappa);
        Range.LE_KAPPA_REF_TOP.check(leKappaRefTop);
        Range.LE_REF_COUNT.check(leRefCount);
        Range.LE_D_MAX.check(leDMax);
        Range.TS_ALPHA_MAX.check(tsAlphaMax);
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
