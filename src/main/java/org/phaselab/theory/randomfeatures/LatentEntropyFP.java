package org.phaselab.theory.randomfeatures;

/**
 * The students' latent-space term phi_s^FP of the random-features Franz-Parisi potential
 * (docs/random-features.md, "Latent part"): the O(s) coefficient, at n = 0, of
 * (1/2) ln det(Q_s - m m^T) - (1/2) ln det Q_w - (1/2) Tr(Q_w^-1 Q_s) + (n+s)/2 for the (n + s) x (n + s) overlap
 * matrices of n references and s students (Schur complement on the student block; both formulas were checked
 * against the exact trace and determinant of finite block matrices continued in n and s). Its free point is
 * (r1, q1s, Ss, ps, m1) = (1, q1, S, p, 0), where it vanishes: k1 -> 0 gives back the storage problem.
 * The gradient is exact to rounding by complex-step differentiation (Squire &amp; Trapp, SIAM Rev. 40, 110 (1998)):
 * the outer Newton differentiates it again, so central differences (error ~1e-10) would be too noisy.
 */
final class LatentEntropyFP {
    /** Variables in the order of {@link #gradient}: weight overlaps, then the students' latent overlaps. */
    static final int Q1 = 0, P = 1, S = 2, R1 = 3, Q1S = 4, SS = 5, PS = 6, M1 = 7, SIZE = 8;
    private static final double STEP = 1e-30;

    private LatentEntropyFP() {}

    /** phi_s^FP at x = (q1, p, S, r1, q1s, Ss, ps, m1); NaN outside the domain (a matrix not positive). */
    static double value(FpReference ref, double[] x) {
        return evaluate(ref, x, -1).re;
    }

    /** d phi_s^FP/dx, each component Im phi(x + i h e_k)/h. */
    static double[] gradient(FpReference ref, double[] x) {
        double[] g = new double[SIZE];
        for (int k = 0; k < SIZE; k++) {
            g[k] = evaluate(ref, x, k).im / STEP;
        }
        return g;
    }

    /**
     * The Hessian by central differences of the complex-step gradient (exact to rounding), for Newton's method. The
     * term changes on the scale of its smallest gap (B_l^2, r1 - q1s, B^2, 1 - q1 can be ~1e-5 at small d), so the
     * step is {@value #HESSIAN_STEP} of that {@code scale}.
     */
    static double[][] hessian(FpReference ref, double[] x, double scale) {
        double[][] h = new double[SIZE][SIZE];
        for (int l = 0; l < SIZE; l++) {
            double step = HESSIAN_STEP * Math.min(Math.max(1, Math.abs(x[l])), scale);
            double[] up = x.clone();
            double[] down = x.clone();
            up[l] += step;
            down[l] -= step;
            double[] gu = gradient(ref, up);
            double[] gd = gradient(ref, down);
            for (int k = 0; k < SIZE; k++) {
                h[k][l] = (gu[k] - gd[k]) / (2 * step);
            }
        }
        return h;
    }

    private static final double HESSIAN_STEP = 1e-4;

    /** The term with an imaginary step on variable k (none if k &lt; 0). */
    private static C evaluate(FpReference ref, double[] x, int k) {
        C[] y = new C[SIZE];
        for (int i = 0; i < SIZE; i++) {
            y[i] = new C(x[i], i == k ? STEP : 0);
        }
        OrderParameters o = ref.order();
        C qt = C.of(o.qw()), rt = C.of(o.r()), qst = C.of(o.qs()), mt = C.of(o.m()), one = C.of(1);
        C m1 = y[M1];
        C lnDetM = lnDet(rt.minus(mt.times(mt)), qst.minus(mt.times(mt)), y[R1].minus(m1.times(m1)),
                y[Q1S].minus(m1.times(m1)), y[SS].minus(mt.times(m1)), y[PS].minus(mt.times(m1)));
        C lnDetW = lnDet(one, qt, one, y[Q1], y[S], y[P]);
        C trace = trace(one, qt, one, y[Q1], y[S], y[P], rt, qst, y[R1], y[Q1S], y[SS], y[PS]);
        return lnDetM.minus(lnDetW).minus(trace).scale(0.5).plus(C.of(0.5));
    }

    /**
     * [ln det M]_s for references (diagonal dt, off-diagonal ct), students (d, c1), student to own reference e,
     * to other references f: ln(d - c1) + (c1 - k0)/(d - c1).
     */
    private static C lnDet(C dt, C ct, C d, C c1, C e, C f) {
        C gap = d.minus(c1);
        if (!(gap.re > 0)) {
            return new C(Double.NaN, Double.NaN);
        }
        return gap.log().plus(c1.minus(k0(dt, ct, e, f)).div(gap));
    }

    /** k0 = (e^2 - f^2)/(dt - ct) - ct (e - f)^2/(dt - ct)^2. */
    private static C k0(C dt, C ct, C e, C f) {
        C g = dt.minus(ct);
        C ef = e.minus(f);
        return e.times(e).minus(f.times(f)).div(g).minus(ct.times(ef).times(ef).div(g.times(g)));
    }

    /**
     * [Tr(M^-1 N)]_s with M as in {@link #lnDet} and N's entries primed:
     * d'/(d-c1) - (c1-k0)(d'-c1')/(d-c1)^2 + (lam0 - 2 mu0)/(d-c1), a1 = f/(dt-ct) - ct(e-f)/(dt-ct)^2,
     * a2 = (e-f)/(dt-ct), mu0 = f' a2 + (e'-f')(a1+a2), lam0 = (dt'-ct')(2 a1 a2 + a2^2) + ct' a2^2.
     */
    private static C trace(C dt, C ct, C d, C c1, C e, C f, C dtp, C ctp, C dp, C c1p, C ep, C fp) {
        C gap = d.minus(c1);
        C gam = c1.minus(k0(dt, ct, e, f)).div(gap.times(gap));
        C g = dt.minus(ct);
        C ef = e.minus(f);
        C a1 = f.div(g).minus(ct.times(ef).div(g.times(g)));
        C a2 = ef.div(g);
        C mu0 = fp.times(a2).plus(ep.minus(fp).times(a1.plus(a2)));
        C lam0 = dtp.minus(ctp).times(a1.times(a2).scale(2).plus(a2.times(a2))).plus(ctp.times(a2).times(a2));
        return dp.div(gap).minus(gam.times(dp.minus(c1p))).plus(lam0.minus(mu0.scale(2)).div(gap));
    }

    /** The complex arithmetic the complex step needs. */
    private record C(double re, double im) {
        static C of(double re) {
            return new C(re, 0);
        }

        C plus(C o) {
            return new C(re + o.re, im + o.im);
        }

        C minus(C o) {
            return new C(re - o.re, im - o.im);
        }

        C times(C o) {
            return new C(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        C scale(double a) {
            return new C(a * re, a * im);
        }

        C div(C o) {
            double den = o.re * o.re + o.im * o.im;
            return new C((re * o.re + im * o.im) / den, (im * o.re - re * o.im) / den);
        }

        C log() {
            // the complex step keeps im ~1e-30 re: then atan2(im, re) = im/re (1 - (im/re)^2/3 ...) is im/re to the last
            // bit (Math.atan2 is a native call in Java 17, a twentieth of a stiff point's time)
            double arg = re > 0 && Math.abs(im) < 1e-10 * re ? im / re : Math.atan2(im, re);
            return new C(0.5 * Math.log(re * re + im * im), arg);
        }
    }
}
