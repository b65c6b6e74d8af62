package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;

/**
 * The large-deviation measure at finite y with a free reference, RS in the replicated system (docs/large-deviation.md,
 * LD 2.2 and LD 11): at unknowns (sigma, q1, q0),
 * <pre>
 *   Phi = -y sigma S - y qh1 (1-q1)/2 - y^2 (qh1 q1 - qh0 q0)/2 + G_S + alpha G_E
 *   G_S = E_z ln sum_{W~} E_zeta [2cosh h]^y,      h = sigma W~ + sqrt(qh0) z + sqrt(qh1-qh0) zeta
 *   G_E = E_z ln E_zeta H(v)^y,                    v = (kappa - sqrt(q0) z - sqrt(q1-q0) zeta)/sqrt(1-q1)
 *   qh1 = alpha/(1-q1) E_z &lt;r^2&gt;,  qh0 = alpha/(1-q1) E_z &lt;r&gt;^2                  (d Phi/d q1 = d Phi/d q0 = 0)
 *   S = E_z &lt;W~ tanh h&gt;,  q1 = E_z &lt;tanh^2 h&gt;,  q0 = E_z &lt;tanh h&gt;^2            (d Phi/d sigma, d qh1, d qh0)
 *   S_I = dPhi/dy = -sigma S - qh1 (1-q1)/2 - y (qh1 q1 - qh0 q0) + E_z &lt;ln 2cosh h&gt; + alpha E_z &lt;ln H(v)&gt;
 *   Sigma = Phi - y S_I   (the entropy of the references the measure picks)
 * </pre>
 * &lt;.&gt; averages over zeta (and W~) with the weight D zeta [2cosh h]^y (resp. H(v)^y), normalised at each z.
 * Trapezoid rules (spectrally accurate for smooth Gaussian-weighted integrands): z on [-8.5, 8.5] step
 * {@link #STEP} (entropic: {@link #entropicZStep}), zeta on [-10 - y b, 10 + y b] step {@link #STEP} (b the zeta
 * coefficient, covering the shift of the weight's peak).
 * A check of LD 3, not a production solver: ~0.1 s per saddle.
 */
public final class FiniteYFreeReference {
    static final double STEP = 0.05;
    /** The entropic outer step at y: the reference's max over W~ leaves a kink at z = 0 smoothed on ~1/(y sqrt(qh0) sigma). */
    static double entropicZStep(double y) {
        return STEP / (1 + y / 8);
    }
    private static final double Z_RANGE = 8.5;
    private static final double LN_2PI_HALF = 0.5 * Math.log(2 * Math.PI);

    private final double alpha;
    private final double kappa;

    public FiniteYFreeReference(double alpha, double kappa) {
        this.alpha = alpha;
        this.kappa = kappa;
    }

    /** One saddle: S_I(y), Phi(y), Sigma(y) and the unknowns, with how the equations ended. */
    public record Point(double y, double d, double localEntropy, double phi, double complexity, double sigma,
                        double q1, double q0, double qHat1, double qHat0, Convergence convergence) {
        /** (sigma, w1, w0): q1 = S^2 + (1 - S^2)/(1 + e^-w1), q0 = q1/(1 + e^-w0). */
        double[] unknowns() {
            double s = 1 - 2 * d;
            double a = (q1 - s * s) / (1 - s * s);
            double b = q0 / q1;
            return new double[] {sigma, Math.log(a / (1 - a)), Math.log(b / (1 - b))};
        }
    }

    /** The saddle at (y, d) from a guess (sigma, w1, w0); see {@link Point#unknowns()}. */
    public Point solve(double y, double d, double[] guess) {
        BroydenNewton newton = new BroydenNewton(new BroydenNewton.Settings(1e-10, 40, 1000, 12, 0.3, 1e-7));
        BroydenNewton.Outcome<Point> out = newton.solve(x -> evaluate(y, d, x), guess);
        Point p = out.payload();
        if (p == null) {
            return new Point(y, d, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Convergence.failed(Convergence.Kind.NOT_FINITE, "no finite evaluation", out.iterations(), out.norm()));
        }
        Convergence c = out.norm() < 1e-10 ? Convergence.reached(out.iterations(), out.norm())
                : Convergence.failed(Convergence.Kind.STALLED, "residual " + out.norm(), out.iterations(), out.norm());
        return new Point(y, d, p.localEntropy(), p.phi(), p.complexity(), p.sigma(), p.q1(), p.q0(), p.qHat1(), p.qHat0(), c);
    }

    /**
     * Continued in y downwards from the first (largest) of the given y, starting from the y -&gt; infinity saddle
     * (q0 = q1 - Delta/y, the same sigma; LD 3), through the others (descending); a failure ends the walk and is
     * reported at the remaining y.
     */
    public Point[] fromLimit(LargeDeviationPoint limit, double[] descendingYs) {
        double d = limit.d();
        double s = 1 - 2 * d;
        double y0 = descendingYs[0];
        double q1 = limit.q1();
        double q0 = Math.max(1e-3, q1 - limit.delta() / y0);
        double a = (q1 - s * s) / (1 - s * s);
        double b = q0 / q1;
        double[] x = {limit.sigma(), Math.log(a / (1 - a)), Math.log(b / (1 - b))};
        Point[] out = new Point[descendingYs.length];
        double y = y0;
        int k = 0;
        boolean first = true;
        while (k < descendingYs.length) {
            double target = descendingYs[k];
            double next = first ? target : Math.max(target, y - Math.max(0.1, 0.2 * y));
            first = false;
            Point p = solve(next, d, x);
            if (!p.convergence().converged()) {
                for (int j = k; j < descendingYs.length; j++) {
                    out[j] = p;
                }
                return out;
            }
            x = p.unknowns();
            y = next;
            if (next == target) {
                out[k++] = p;
            }
        }
        return out;
    }

    /**
     * The saddle at d whose references have zero complexity, Sigma(y*) = 0 (LD 11): unknowns (sigma, w1, w0, ln y),
     * from a guess of that form.
     */
    public Point atZeroComplexity(double d, double[] guess) {
        BroydenNewton newton = new BroydenNewton(new BroydenNewton.Settings(1e-10, 40, 1000, 12, 0.3, 1e-7));
        BroydenNewton.Outcome<Point> out = newton.solve(x -> {
            double y = Math.exp(x[3]);
            BroydenNewton.Value<Point> v = evaluate(y, d, new double[] {x[0], x[1], x[2]});
            if (v.payload() == null) {
                return new BroydenNewton.Value<>(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, null);
            }
            double[] r = v.residual();
            return new BroydenNewton.Value<>(new double[] {r[0], r[1], r[2], v.payload().complexity()}, v.payload());
        }, guess);
        Point p = out.payload();
        if (p == null) {
            return new Point(Double.NaN, d, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Convergence.failed(Convergence.Kind.NOT_FINITE, "no finite evaluation", out.iterations(), out.norm()));
        }
        Convergence c = out.norm() < 1e-10 ? Convergence.reached(out.iterations(), out.norm())
                : Convergence.failed(Convergence.Kind.STALLED, "residual " + out.norm(), out.iterations(), out.norm());
        return new Point(p.y(), d, p.localEntropy(), p.phi(), p.complexity(), p.sigma(), p.q1(), p.q0(), p.qHat1(), p.qHat0(), c);
    }

    BroydenNewton.Value<Point> evaluate(double y, double d, double[] x) {
        double s = 1 - 2 * d;
        double sigma = x[0];
        double q1 = GroupOverlap.q1(d, x[1]);
        double q0 = q1 / (1 + Math.exp(-x[2]));
        // y beyond 200 is outside what the quadrature resolves (and a wild Newton step may propose it)
        if (!(q1 < 1) || !(q0 > 0) || !Double.isFinite(sigma) || !(y >= 0 && y <= 200)) {
            return new BroydenNewton.Value<>(new double[] {Double.NaN, Double.NaN, Double.NaN}, null);
        }
        int nz = (int) Math.round(2 * Z_RANGE / STEP);
        // energetic term (LD 11): G_E, <ln H>, qh1, qh0
        double s1 = Math.sqrt(1 - q1);
        double a0 = Math.sqrt(q0);
        double b0 = Math.sqrt(q1 - q0);
        double gE = 0, lnHMean = 0, r2 = 0, r1sq = 0;
        int half = (int) Math.ceil((10 + y * b0) / STEP);
        double[] lw = new double[2 * half + 1];
        double[] aux1 = new double[lw.length];
        double[] aux2 = new double[lw.length];
        double[] aux3 = new double[lw.length];
        for (int i = 0; i <= nz; i++) {
            double z = -Z_RANGE + i * STEP;
            double wz = trapezoid(i, nz) * Math.exp(-0.5 * z * z - LN_2PI_HALF) * STEP;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < lw.length; j++) {
                double zeta = (j - half) * STEP;
                double v = (kappa - a0 * z - b0 * zeta) / s1;
                double lnH = Gaussian.lnH(v);
                lw[j] = -0.5 * zeta * zeta + y * lnH;
                aux1[j] = lnH;
                aux2[j] = Gaussian.gOverH(v);
                max = Math.max(max, lw[j]);
            }
            double norm = 0, mLnH = 0, mR = 0, mR2 = 0;
            for (int j = 0; j < lw.length; j++) {
                double w = Math.exp(lw[j] - max);
                norm += w;
                mLnH += w * aux1[j];
                mR += w * aux2[j];
                mR2 += w * aux2[j] * aux2[j];
            }
            gE += wz * (max + Math.log(norm * STEP) - LN_2PI_HALF);
            lnHMean += wz * mLnH / norm;
            r2 += wz * mR2 / norm;
            r1sq += wz * (mR / norm) * (mR / norm);
        }
        double qh1 = alpha / (1 - q1) * r2;
        double qh0 = alpha / (1 - q1) * r1sq;
        // entropic term (LD 11)
        double a = Math.sqrt(qh0);
        double b = Math.sqrt(Math.max(0, qh1 - qh0));
        half = (int) Math.ceil((10 + y * b) / STEP);
        lw = new double[2 * (2 * half + 1)];
        aux1 = new double[lw.length];
        aux2 = new double[lw.length];
        aux3 = new double[lw.length];
        double gS = 0, lnCoshMean = 0, sOut = 0, q1Out = 0, q0Out = 0;
        double zStep = entropicZStep(y);
        int nzS = (int) Math.round(2 * Z_RANGE / zStep);
        for (int i = 0; i <= nzS; i++) {
            double z = -Z_RANGE + i * zStep;
            double wz = trapezoid(i, nzS) * Math.exp(-0.5 * z * z - LN_2PI_HALF) * zStep;
            double max = Double.NEGATIVE_INFINITY;
            int n = 2 * half + 1;
            for (int ref = 0; ref < 2; ref++) {
                double wRef = ref == 0 ? 1 : -1;
                for (int j = 0; j < n; j++) {
                    double zeta = (j - half) * STEP;
                    double h = sigma * wRef + a * z + b * zeta;
                    double ah = Math.abs(h);
                    double lnCosh = ah + Math.log1p(Math.exp(-2 * ah));
                    int k = ref * n + j;
                    lw[k] = -0.5 * zeta * zeta + y * lnCosh;
                    aux1[k] = lnCosh;
                    aux2[k] = Math.tanh(h);
                    aux3[k] = wRef;
                    max = Math.max(max, lw[k]);
                }
            }
            double norm = 0, mL = 0, mT = 0, mT2 = 0, mWT = 0;
            for (int k = 0; k < lw.length; k++) {
                double w = Math.exp(lw[k] - max);
                norm += w;
                mL += w * aux1[k];
                mT += w * aux2[k];
                mT2 += w * aux2[k] * aux2[k];
                mWT += w * aux3[k] * aux2[k];
            }
            gS += wz * (max + Math.log(norm * STEP) - LN_2PI_HALF);
            lnCoshMean += wz * mL / norm;
            sOut += wz * mWT / norm;
            q1Out += wz * mT2 / norm;
            q0Out += wz * (mT / norm) * (mT / norm);
        }
        double phi = -y * sigma * s - y * qh1 * (1 - q1) / 2 - y * y * (qh1 * q1 - qh0 * q0) / 2 + gS + alpha * gE;
        double localEntropy = -sigma * s - qh1 * (1 - q1) / 2 - y * (qh1 * q1 - qh0 * q0) + lnCoshMean + alpha * lnHMean;
        Point p = new Point(y, d, localEntropy, phi, phi - y * localEntropy, sigma, q1, q0, qh1, qh0, null);
        return new BroydenNewton.Value<>(new double[] {sOut - s, q1Out - q1, q0Out - q0}, p);
    }

    private static double trapezoid(int i, int n) {
        return i == 0 || i == n ? 0.5 : 1;
    }
}
