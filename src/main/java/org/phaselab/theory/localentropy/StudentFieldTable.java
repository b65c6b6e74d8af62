package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GaussianQuadrature;
import org.phaselab.theory.numerics.GradedGaussianRule;
import org.phaselab.theory.numerics.QuinticHermite;
import org.phaselab.theory.numerics.TailTable;

/**
 * Averages over the part of the student's field that neither its reference nor the other references explain:
 * for v = (t - sqrt(qe) z)/sqrt(1-qe), r = G/H(v) and g = (ln H)'(v) = -r,
 * <pre>
 *   M0(t) = int Dz ln H(v),  M1(t) = int Dz g(v),  M2(t) = int Dz g'(v),  M4(t) = int Dz r(v)^2
 * </pre>
 * with d/dt = (1/sqrt(1-qe)) d/dv under the integral. Values, first and second t-derivatives are computed lazily
 * on a grid of step {@link #STEP} up to t = 10.1 and of step 1 beyond (where the functions are nearly polynomial:
 * the sixth derivative of ln H(t) ~ -t^2/2 - ln t is 120/t^6), and interpolated by quintic Hermite polynomials
 * (error ~h^6/46080 times the sixth derivative, below 1e-9 here). Each grid value is an integral over z: a trapezoid
 * rule of step 0.4 when the integrand is smooth on the scale sqrt((1-qe)/qe) &gt;= 0.7 (the complex zeros of H are ~2
 * away, error below 1e-9), of step 0.8 when that scale is &gt;= 2.5 (error below 1e-12: then the Gaussian's own
 * aliasing, exp(-2 pi^2/0.8^2) = 4e-14, bounds it), a graded Gauss-Legendre rule below 0.7. Below t = -9.5 all vanish (below 1e-18).
 * ln H and G/H at the quadrature nodes come from {@link TailTable}. One table per (q1, p, S); not thread-safe.
 * <p>
 * <b>Shared nodes.</b> With a trapezoid rule the fine grid's values are a discrete convolution: when the z step is
 * STEP/(m sqrt(qe)) for an integer m (the largest step not above the rule's), node j of row k sits at
 * t_k - sqrt(qe) z_j = T_MIN + (k m - j) STEP/m, on one lattice of spacing STEP/m for every row. The functions are then
 * evaluated once per lattice point and each row is a weighted sum of its neighbours'; the step is at most the rule's,
 * so the error bounds above hold (it is used while m &lt;= {@value #MAX_LATTICE_REFINEMENT}: for tiny qe the lattice
 * would hold more points than the rows' own rules). A sharp integrand (scale below 0.7, qe &gt; 0.67) is integrated
 * on the same kind of lattice, its spacing then at most {@link #SHARP_V_STEP} in v rather than in z (a trapezoid
 * rule in v, exact to ~1e-13, instead of a graded rule of ~200 nodes for every row). One instance is reused from one
 * evaluation to the next ({@link #reset}).
 */
public final class StudentFieldTable {
    public static final int SIZE = 4;
    /** Values written by {@link #atWithSlopes}: M0, M1, M2, M4, dM2/dt, d^2M2/dt^2. */
    public static final int SIZE_WITH_SLOPES = 6;
    static final double STEP = 0.2;
    private static final double Z_RANGE_OF_RULES = 9.6;
    /** Below this t every tabulated integral is 0 (to 1e-33): callers skip such nodes ({@link #vanishesAt}). */
    private static final double T_MIN = -9.5;
    private static final int FINE_CELLS = 98;
    private static final double T_COARSE = T_MIN + FINE_CELLS * STEP;   // 10.1
    private static final double COARSE_STEP = 1;
    private static final int NODES = FINE_CELLS + (int) (400 / COARSE_STEP) + 2;
    private static final double SMOOTH_STEP = 0.4;
    private static final double SMOOTHER_STEP = 0.8;
    private static final GaussianQuadrature SMOOTH = new GaussianQuadrature(Z_RANGE_OF_RULES, SMOOTH_STEP);
    private static final GaussianQuadrature SMOOTHER = new GaussianQuadrature(Z_RANGE_OF_RULES, SMOOTHER_STEP);
    /** Shared noise below this is none: the averages are the functions themselves. */
    private static final double NO_SHARED_NOISE = 1e-12;
    /** Below this ratio sqrt((1-qe)/qe) of the integrand's scale the uniform rule gives way to a graded one. */
    private static final double SMOOTH_SCALE = 0.7;
    /** From this scale on the trapezoid step doubles ({@link #SMOOTHER}). */
    private static final double SMOOTHER_SCALE = 2.5;
    /**
     * Entries per grid node: the four values, their t-slopes, their second t-derivatives, then the third and fourth
     * t-derivatives of M2 (so that its slope and curvature interpolate at full order too).
     */
    private static final int ROW = 3 * SIZE + 2;
    private static final int M2_THIRD = 3 * SIZE;
    private static final int M2_FOURTH = 3 * SIZE + 1;

    /** Lattice points per fine grid step at most: beyond, each row integrates on its own nodes. */
    static final int MAX_LATTICE_REFINEMENT = 12;
    /**
     * Largest lattice spacing in v for a sharp integrand (s1/sq &lt; {@link #SMOOTH_SCALE}): in v the integrand is
     * f(v) times a Gaussian of width sq/s1 &gt; 1.4, analytic within ~2 of the real axis (the complex zeros of H), so a
     * trapezoid rule of this step errs by ~exp(-2 pi 2/0.4) ~ 1e-13 (the smooth rules above err by up to 1e-9 at their
     * v step of up to 0.4/0.7 = 0.57; Trefethen &amp; Weideman, SIAM Rev. 56, 385 (2014), Thm 5.1).
     */
    static final double SHARP_V_STEP = 0.4;
    /** The z range of the trapezoid rules (G(9.6) = 1e-20). */
    private static final double Z_RANGE = Z_RANGE_OF_RULES;

    private double qe;
    private double sq;
    private double s1;
    private final double[] rows = new double[NODES * ROW];
    private final boolean[] filled = new boolean[NODES];
    private final double[] scratch = new double[ROW];
    private final double[] point = new double[ROW];
    /** Per cell, six monomial coefficients for each of the {@link #SIZE_WITH_SLOPES} interpolated quantities. */
    private static final int CELL = 6 * SIZE_WITH_SLOPES;
    private final double[] cells = new double[(NODES - 1) * CELL];
    private final boolean[] cellFilled = new boolean[NODES - 1];
    /** Whether the lattice may serve rows whose own rule is the graded one (false: the careful path, for tests). */
    private final boolean sharpLattice;
    /** Lattice points per fine grid step (0: no lattice), half the number of taps, their weights. */
    private int refinement;
    private int taps;
    private double[] tapWeight = new double[0];
    /** The functions at lattice point i (from -taps), ROW values each, computed on first use. */
    private double[] lattice = new double[0];
    private boolean[] latticeFilled = new boolean[0];

    public StudentFieldTable(double qe) {
        this(qe, true);
    }

    /** With {@code sharpLattice} false, rows of a sharp integrand (s1/sq below 0.7) use the graded rule (tests). */
    StudentFieldTable(double qe, boolean sharpLattice) {
        this.sharpLattice = sharpLattice;
        reset(qe);
    }

    /**
     * The table for another qe, reusing this one's arrays (an energetic term evaluates ~10^4 nodes on one table and a
     * solve builds one table per evaluation: allocating and zeroing its 0.2 MB cost a tenth of the time).
     */
    public StudentFieldTable reset(double qe) {
        this.qe = qe;
        this.sq = Math.sqrt(qe);
        this.s1 = Math.sqrt(1 - qe);
        java.util.Arrays.fill(filled, false);
        java.util.Arrays.fill(cellFilled, false);
        // the z step of the shared lattice: at most the rule's step in z (smooth integrands), or, for a sharp one
        // (s1/sq < SMOOTH_SCALE), at most SHARP_V_STEP in v = (t - sq z)/s1, the variable the integrand changes in
        int m;
        if (qe < NO_SHARED_NOISE || !(qe < 1)) {
            m = 0;
        } else if (s1 / sq >= SMOOTH_SCALE) {
            double ruleStep = s1 / sq >= SMOOTHER_SCALE ? SMOOTHER_STEP : SMOOTH_STEP;
            m = (int) Math.ceil(STEP / (sq * ruleStep) - 1e-12);
        } else {
            m = sharpLattice ? (int) Math.ceil(STEP / (s1 * SHARP_V_STEP) - 1e-12) : 0;
        }
        if (m >= 1 && m <= MAX_LATTICE_REFINEMENT) {
            double dz = STEP / (m * sq);
            refinement = m;
            taps = (int) Math.floor(Z_RANGE / dz + 1e-9);
            if (tapWeight.length < 2 * taps + 1) {
                tapWeight = new double[2 * taps + 1];
            }
            double sum = 0;
            for (int j = -taps; j <= taps; j++) {
                double z = j * dz;
                tapWeight[j + taps] = Math.exp(-0.5 * z * z);
                sum += tapWeight[j + taps];
            }
            for (int j = 0; j < 2 * taps + 1; j++) {
                tapWeight[j] /= sum;
            }
            int points = FINE_CELLS * m + 2 * taps + 1;
            if (latticeFilled.length < points) {
                lattice = new double[points * ROW];
                latticeFilled = new boolean[points];
            } else {
                java.util.Arrays.fill(latticeFilled, 0, points, false);
            }
        } else {
            refinement = 0;
            taps = 0;
        }
        return this;
    }

    /** The share qe of the student's field noise that two students have in common. */
    public double qe() {
        return qe;
    }

    /** Whether every value at t is 0 (a caller's node there adds nothing: skip it before its weights). */
    public static boolean vanishesAt(double t) {
        return t < T_MIN;
    }

    /** Writes M0, M1, M2, M4 at t into out[0..3]. */
    public void at(double t, double[] out) {
        interpolate(t, out, false);
    }

    /**
     * As {@link #at}, and also the first and second t-derivatives of M2 into out[4], out[5] (each by its own quintic
     * Hermite interpolant: for Jacobians); out must hold {@link #SIZE_WITH_SLOPES} values.
     */
    public void atWithSlopes(double t, double[] out) {
        interpolate(t, out, true);
    }

    private void interpolate(double t, double[] out, boolean slopes) {
        if (t < T_MIN) {
            java.util.Arrays.fill(out, 0, slopes ? SIZE_WITH_SLOPES : SIZE, 0);
            return;
        }
        double x = t < T_COARSE ? (t - T_MIN) * (1 / STEP) : FINE_CELLS + (t - T_COARSE) * (1 / COARSE_STEP);
        int k = (int) x;
        if (qe < NO_SHARED_NOISE || k + 1 >= NODES) {
            double[] row = integrals(t);
            System.arraycopy(row, 0, out, 0, SIZE);
            if (slopes) {
                out[SIZE] = row[SIZE + 2];
                out[SIZE + 1] = row[2 * SIZE + 2];
            }
            return;
        }
        int c = cell(k);
        double u = x - k;
        for (int i = 0, n = slopes ? SIZE_WITH_SLOPES : SIZE; i < n; i++) {
            int o = c + 6 * i;
            out[i] = cells[o] + u * (cells[o + 1] + u * (cells[o + 2] + u * (cells[o + 3] + u * (cells[o + 4]
                    + u * cells[o + 5]))));
        }
    }

    /**
     * Offset in {@link #cells} of cell k's polynomials in u = (t - t_k)/h, computed on first use from the quintic
     * Hermite data at both ends: M0, M1, M2, M4 from their values, slopes and curvatures, M2' from (M2', M2'', M2''')
     * and M2'' from (M2'', M2''', M2''''). Six monomial coefficients each: an evaluation is five multiply-adds (the
     * same interpolant as {@link QuinticHermite}, written out once per cell instead of weighted at every t).
     */
    private int cell(int k) {
        int offset = k * CELL;
        if (cellFilled[k]) {
            return offset;
        }
        int lo = row(k);
        int hi = row(k + 1);
        double h = k < FINE_CELLS ? STEP : COARSE_STEP;
        for (int i = 0; i < SIZE_WITH_SLOPES; i++) {
            // value, slope and curvature offsets of the i-th interpolated quantity within a row
            int v = i < SIZE ? i : i == SIZE ? SIZE + 2 : 2 * SIZE + 2;
            int d1 = i < SIZE ? i + SIZE : i == SIZE ? 2 * SIZE + 2 : M2_THIRD;
            int d2 = i < SIZE ? i + 2 * SIZE : i == SIZE ? M2_THIRD : M2_FOURTH;
            double f0 = rows[lo + v], f1 = rows[hi + v];
            double g0 = h * rows[lo + d1], g1 = h * rows[hi + d1];
            double c0 = h * h * rows[lo + d2], c1 = h * h * rows[hi + d2];
            double jump = f1 - f0;
            int o = offset + 6 * i;
            cells[o] = f0;
            cells[o + 1] = g0;
            cells[o + 2] = 0.5 * c0;
            cells[o + 3] = 10 * jump - 6 * g0 - 4 * g1 - 0.5 * (3 * c0 - c1);
            cells[o + 4] = -15 * jump + 8 * g0 + 7 * g1 + 0.5 * (3 * c0 - 2 * c1);
            cells[o + 5] = 6 * jump - 3 * (g0 + g1) - 0.5 * (c0 - c1);
        }
        cellFilled[k] = true;
        return offset;
    }

    /** Offset of node k's row in {@link #rows}, computed on first use. */
    private int row(int k) {
        int offset = k * ROW;
        if (!filled[k]) {
            System.arraycopy(refinement > 0 && k <= FINE_CELLS ? latticeRow(k) : integrals(position(k)), 0, rows, offset, ROW);
            filled[k] = true;
        }
        return offset;
    }

    /** t at grid node k. */
    private static double position(int k) {
        return k <= FINE_CELLS ? T_MIN + k * STEP : T_COARSE + (k - FINE_CELLS) * COARSE_STEP;
    }

    /** The four integrals and their first and second t-derivatives at one t, in a scratch array (valid until the next call). */
    private double[] integrals(double t) {
        double[] row = scratch;
        if (qe < NO_SHARED_NOISE) {
            pointwise(t, row);
            return row;
        }
        java.util.Arrays.fill(row, 0);
        if (s1 / sq >= SMOOTH_SCALE) {
            GaussianQuadrature rule = s1 / sq >= SMOOTHER_SCALE ? SMOOTHER : SMOOTH;
            for (int i = 0; i < rule.size(); i++) {
                accumulate(row, point, rule.weight(i), (t - sq * rule.node(i)) / s1);
            }
        } else {
            GradedGaussianRule rule = GradedGaussianRule.around(t / sq, s1 / sq, (t + 9.5 * s1) / sq, GaussLegendre.TEN);
            for (int i = 0; i < rule.size(); i++) {
                accumulate(row, point, rule.weight(i), (t - sq * rule.node(i)) / s1);
            }
        }
        scale(row);
        return row;
    }

    /** Fine row k as the weighted sum of its lattice neighbours (see the class comment), scaled as {@link #integrals}. */
    private double[] latticeRow(int k) {
        double[] row = scratch;
        java.util.Arrays.fill(row, 0);
        int center = k * refinement + taps;   // lattice index of t_k, counted from -taps
        double delta = STEP / refinement;
        for (int j = -taps; j <= taps; j++) {
            int i = center - j;
            if (!latticeFilled[i]) {
                pointwise((T_MIN + (i - taps) * delta) / s1, point);
                System.arraycopy(point, 0, lattice, i * ROW, ROW);
                latticeFilled[i] = true;
            }
            double w = tapWeight[j + taps];
            int o = i * ROW;
            for (int c = 0; c < ROW; c++) {
                row[c] += w * lattice[o + c];
            }
        }
        scale(row);
        return row;
    }

    /** The t-derivatives of the z average are the v-derivatives divided by powers of sqrt(1 - qe). */
    private void scale(double[] row) {
        for (int j = SIZE; j < 2 * SIZE; j++) {
            row[j] /= s1;
            row[j + SIZE] /= (1 - qe);
        }
        row[M2_THIRD] /= s1 * (1 - qe);
        row[M2_FOURTH] /= (1 - qe) * (1 - qe);
    }

    private static void accumulate(double[] row, double[] f, double w, double v) {
        pointwise(v, f);
        for (int j = 0; j < row.length; j++) {
            row[j] += w * f[j];
        }
    }

    /**
     * ln H, g, g', r^2 at v, then their first and second v-derivatives, then the third and fourth of g' (f also holds
     * ln H, r on the way in). With r' = r (r - v): r'' = r'(2r - v) - r, r''' = r''(2r - v) + 2r'^2 - 2r',
     * r'''' = r'''(2r - v) + r''(6r' - 3), r^(5) = r''''(2r - v) + r'''(8r' - 4) + 6 r''^2.
     */
    private static void pointwise(double v, double[] f) {
        TailTable.lnHAndRatio(v, f);
        double lnH = f[0];
        double r = f[1];
        double r1 = r * (r - v);                              // r'
        double r2 = r1 * (2 * r - v) - r;                     // r''
        double r3 = r2 * (2 * r - v) + r1 * (2 * r1 - 1) - r1; // r'''
        f[0] = lnH;
        f[1] = -r;
        f[2] = -r1;
        f[3] = r * r;
        f[4] = -r;
        f[5] = -r1;
        f[6] = -r2;
        f[7] = 2 * r * r1;
        f[8] = -r1;
        f[9] = -r2;
        f[10] = -r3;
        f[11] = 2 * (r1 * r1 + r * r2);
        double r4 = r3 * (2 * r - v) + r2 * (6 * r1 - 3);
        double r5 = r4 * (2 * r - v) + r3 * (8 * r1 - 4) + 6 * r2 * r2;
        f[M2_THIRD] = -r4;
        f[M2_FOURTH] = -r5;
    }
}
