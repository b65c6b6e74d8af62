package org.phaselab.theory.numerics;

/**
 * ln H(v) and the inverse Mills ratio r(v) = G(v)/H(v) by table lookup, for inner loops that need millions of them
 * (THEORY.md, notation). On [{@value #V_MIN}, {@value #V_MAX}] quintic Hermite interpolation in value, first and second
 * derivative on a grid of step 1/{@value #PER_UNIT}, all exact from {@link Gaussian} and the identities
 * (ln H)' = -r, r' = r (r - v), r'' = r' (2r - v) - r (Abramowitz &amp; Stegun 26.2.12 differentiated): the error
 * h^6 max|f^(6)|/46080 is below 1e-13 here. Below V_MIN, H = 1 to 1e-33 and both vanish; above V_MAX the
 * asymptotic (Laplace) series of r, 1/r = (1/v)(1 - 1/v^2 + 3/v^4 - 15/v^6 + 105/v^8 - 945/v^10) (A&amp;S 26.2.12), is
 * exact to rounding (next term below 1e-15). Thread-safe (immutable after class initialisation).
 */
public final class TailTable {
    static final double V_MIN = -12;
    static final double V_MAX = 40;
    static final int PER_UNIT = 32;
    private static final double STEP = 1.0 / PER_UNIT;
    private static final int NODES = (int) ((V_MAX - V_MIN) * PER_UNIT) + 1;
    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    /** [node][6]: ln H, (ln H)', (ln H)'', r, r', r''. */
    private static final double[] TABLE = new double[6 * NODES];

    static {
        for (int k = 0; k < NODES; k++) {
            double v = V_MIN + k * STEP;
            double r = Gaussian.gOverH(v);
            double r1 = r * (r - v);
            double r2 = r1 * (2 * r - v) - r;
            int o = 6 * k;
            TABLE[o] = Gaussian.lnH(v);
            TABLE[o + 1] = -r;
            TABLE[o + 2] = -r1;
            TABLE[o + 3] = r;
            TABLE[o + 4] = r1;
            TABLE[o + 5] = r2;
        }
    }

    private TailTable() {}

    /** Entries of the caller's array that {@link #lnHAndRatio} uses: the two results, then six of scratch. */
    public static final int OUT_SIZE = 8;

    /**
     * Writes ln H(v) into out[0] and G/H(v) into out[1]; out[2..7] are its scratch (a caller-owned array of
     * {@link #OUT_SIZE}: nothing is allocated).
     */
    public static void lnHAndRatio(double v, double[] out) {
        if (v < V_MIN) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        if (v >= V_MAX) {
            double w = 1 / (v * v);
            // 1/r = (1/v) (1 - w + 3w^2 - 15w^3 + 105w^4 - 945w^5); ln H = -v^2/2 - ln(v sqrt(2 pi)) + ln(v/r)
            double series = 1 - w * (1 - w * (3 - w * (15 - w * (105 - 945 * w))));
            out[0] = -0.5 * v * v - Math.log(v) - LN_SQRT_2PI + Math.log(series);
            out[1] = v / series;
            return;
        }
        double x = (v - V_MIN) * PER_UNIT;
        int k = (int) x;
        double[] w = out;
        QuinticHermite.basis(x - k, STEP, w, 2);
        int lo = 6 * k;
        double lnH = QuinticHermite.apply(w, 2, TABLE, lo, lo + 6, 1);
        out[1] = QuinticHermite.apply(w, 2, TABLE, lo + 3, lo + 9, 1);
        out[0] = lnH;
    }
}
