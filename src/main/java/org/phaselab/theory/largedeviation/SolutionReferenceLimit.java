package org.phaselab.theory.largedeviation;

import java.util.List;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.Gaussian;

/**
 * The y -&gt; infinity limit of the measure with the reference a solution of margin kappaRef (docs/large-deviation.md,
 * LD 13), at the overlaps (sigma', q1, Delta, eps, c) with Delta = y (q1 - q0), eps = y (S - p), c = y (1 - q~),
 * sigma' = sigma - ph; the solver's unknowns are (sigma', q1, ln D, eps, ln c), D = Delta - eps^2/c the students' own
 * spread, so that c &gt; 0 and D &gt; 0 hold for every real vector ({@link #unknowns(double...)}):
 * <pre>
 *   S_LD = -sigma' S - pi eps - k c/2 - qh0 (1 - q1 + Delta)/2 - dh q1/2 + G_S + alpha G_E
 *   G_E = E_{z0,z'} max_{t &gt;= kappaRef - z0} [ -t^2/(2c) + psi_{a2}((m0 - (eps/c) t)/sqrt(1-q1)) ],
 *         m0 = kappa - S z0 - sqrt(q1 - S^2) z',   a2 = (Delta - eps^2/c)/(1 - q1)
 *   G_S = E_{(eta, xi)} max_{W~} [ eta W~ + phi_dh(sigma' W~ + xi) ],   (eta, xi) ~ N(0, [[k, pi], [pi, qh0]])
 * </pre>
 * The conjugates (qh0, dh, pi, k) are explicit from G_E (LD 13.3), the five residuals from G_S (LD 13.4). Only
 * patterns where the reference's constraint binds (t = kappaRef - z0) feed pi and k. Quadrature: z' outside,
 * z0 inside split where the constraint starts to bind (a kink); G_S as one integral over xi with the eta average
 * in closed form.
 */
public final class SolutionReferenceLimit implements SaddleMarch.Equations {
    /** Newton: residual max-norm below this. */
    static final double TOLERANCE = 1e-10;
    private static final BroydenNewton.Settings NEWTON = new BroydenNewton.Settings(TOLERANCE, 40, 300, 12, 0.3, 1e-7);
    private static final GaussLegendre GL = GaussLegendre.TEN;
    private static final double RANGE = PanelRule.GAUSSIAN_RANGE;
    /** Bisection steps for the kink in z0 (to 18 2^-50 ~ 2e-14). */
    private static final int BISECTIONS = 50;
    /** Conjugates beyond this are a Newton step gone astray (they are O(1) on every saddle found, LD 13.6). */
    private static final double MAX_CONJUGATE = 1e8;

    private final double alpha;
    private final double kappa;
    private final double kappaRef;
    private final double panel;

    public SolutionReferenceLimit(double alpha, double kappa, double kappaRef) {
        this(alpha, kappa, kappaRef, 1);
    }

    /** With the widest panel (in z0, z', xi units) given, to check the quadrature. */
    SolutionReferenceLimit(double alpha, double kappa, double kappaRef, double panel) {
        this.alpha = alpha;
        this.kappa = kappa;
        this.kappaRef = kappaRef;
        this.panel = panel;
    }

    /** The solver's unknowns (sigma', q1, ln D, eps, ln c) from the overlaps (sigma', q1, Delta, eps, c). */
    public static double[] unknowns(double... overlaps) {
        double delta = overlaps[2], eps = overlaps[3], c = overlaps[4];
        return new double[] {overlaps[0], overlaps[1], Math.log(delta - eps * eps / c), eps, Math.log(c)};
    }

    /** The solver's unknowns at a point of this limit. */
    static double[] unknowns(LargeDeviationPoint p) {
        return unknowns(p.sigma(), p.q1(), p.delta(), p.referenceShift(), p.referenceSpread());
    }

    /** A guess from a finite-y saddle: sigma - ph, q1, y (q1 - q0), y (S - p), y (1 - q~) (LD 13.1). */
    public static double[] guessFrom(FiniteYSolutionReference.Point p) {
        double y = p.y();
        return unknowns(p.sigma() - p.pHat(), p.q1(), y * (p.q1() - p.q0()), y * (1 - 2 * p.d() - p.p()),
                y * (1 - p.qt()));
    }

    /** The saddle at d from a guess of the form {@link #unknowns(double...)}. */
    public LargeDeviationPoint solve(double d, double[] guess) {
        BroydenNewton.Outcome<LargeDeviationPoint> out = new BroydenNewton(NEWTON).solve(x -> {
            SaddleMarch.Evaluation e = evaluate(d, x);
            return new BroydenNewton.Value<>(e.residual(), e.point());
        }, guess);
        LargeDeviationPoint p = out.payload();
        if (p == null) {
            return LargeDeviationPoint.failed(d, Gaussian.binaryEntropy(d), Convergence.failed(Convergence.Kind.NOT_FINITE,
                    "no valid evaluation", out.convergence().evaluations(), out.norm()));
        }
        return p.with(out.converged() ? LargeDeviationPoint.Branch.FROM_TYPICAL : LargeDeviationPoint.Branch.NONE,
                out.convergence());
    }

    /**
     * The saddles at the targets (in the order given) continued in d from the one solved at {@code start} from
     * {@code guess} ({@link SaddleMarch}: extrapolated steps of at most 20 % and 0.01 in d, halved on failure); a
     * target past where the walk stops is reported failed.
     */
    public LargeDeviationPoint[] curve(double start, double[] guess, double[] targets) {
        SaddleMarch.Branch branch = new SaddleMarch(this, SolutionReferenceLimit::unknowns, -1).trace(start,
                List.of(guess), targets, LargeDeviationPoint.Branch.FROM_TYPICAL, Monitor.NONE);
        LargeDeviationPoint[] out = new LargeDeviationPoint[targets.length];
        for (int i = 0; i < targets.length; i++) {
            LargeDeviationPoint p = branch.points().get(targets[i]);
            out[i] = p != null ? p : LargeDeviationPoint.failed(targets[i], Gaussian.binaryEntropy(targets[i]),
                    Convergence.failed(Convergence.Kind.STALLED, branch.end() == null ? "the branch did not start"
                            : "the branch stopped at d = " + branch.end().d(), 0, Double.NaN));
        }
        return out;
    }

    @Override
    public SaddleMarch.Evaluation evaluate(double d, double[] x) {
        double s = 1 - 2 * d;
        double sigma = x[0], q1 = x[1], eps = x[3], c = Math.exp(x[4]);
        double delta = Math.exp(x[2]) + eps * eps / c;
        if (!(q1 > s * s && q1 < 1 && c > 0 && Double.isFinite(delta) && Double.isFinite(sigma))) {
            return invalid();
        }
        Patterns e = patterns(s, q1, delta, eps, c);
        double qh0 = alpha * e.r2 / (1 - q1);
        double dh = qh0 + 2 * alpha * e.dPsiDq1;
        double pi = alpha * e.rDeviation / (c * Math.sqrt(1 - q1));
        double k = alpha * e.deviation2 / (c * c);
        double tau2 = k - pi * pi / qh0;
        // finite: an infinite qh0 (q1 -> 1 on a wild Newton step) would make the xi panels of width 1.5/sqrt(qh0) endless
        if (!(qh0 > 0 && qh0 < MAX_CONJUGATE && dh >= 0 && dh < MAX_CONJUGATE && tau2 > 0 && Double.isFinite(tau2))) {
            return invalid();
        }
        Weights w = weights(sigma, qh0, dh, pi, Math.sqrt(tau2));
        double spread = 1 - q1 + delta;
        double sqh = Math.sqrt(qh0);
        // LD 13.4
        double cOut = w.refZ1 / Math.sqrt(tau2);
        double epsOut = w.refZ / sqh - pi / qh0 * cOut;
        double spreadOut = w.mZ / sqh - pi / (qh0 * sqh) * w.refZ + pi * pi / (qh0 * qh0) * cOut;
        double[] residual = {w.s - s, w.q1 - q1, cOut / c - 1, epsOut - eps, spreadOut / spread - 1};
        for (double r : residual) {
            if (!Double.isFinite(r)) {
                return invalid();
            }
        }
        double localEntropy = -sigma * s - pi * eps - k * c / 2 - qh0 * spread / 2 - dh * q1 / 2 + w.gS + alpha * e.gE;
        // LD 13.5: dS_LD/dd = -2 dS_LD/dS = 2 (sigma' - alpha dG_E/dS)
        double slope = 2 * (sigma - alpha * e.dGdS);
        LargeDeviationPoint point = new LargeDeviationPoint(d, localEntropy, slope, Gaussian.binaryEntropy(d),
                LargeDeviationPoint.Branch.NONE, q1, delta, sigma, qh0, dh, c, eps, Double.NaN,
                Convergence.failed(Convergence.Kind.STALLED, "not solved yet", 0, Double.NaN));
        return new SaddleMarch.Evaluation(residual, point);
    }

    private static SaddleMarch.Evaluation invalid() {
        double n = Double.NaN;
        return new SaddleMarch.Evaluation(new double[] {n, n, n, n, n}, null);
    }

    /** Sums of the pattern term (LD 13.3). */
    private static final class Patterns {
        double gE, r2, dPsiDq1, rDeviation, deviation2, dGdS;
    }

    private Patterns patterns(double s, double q1, double delta, double eps, double c) {
        double s1 = Math.sqrt(1 - q1);
        double g = Math.sqrt(q1 - s * s);
        double aFree = delta / (1 - q1);
        double dBound = delta - eps * eps / c;
        double aBound = dBound / (1 - q1);
        double[] env = new double[4];
        Patterns sum = new Patterns();
        PanelRule zRule = PanelRule.gaussian(0, 1, panel, GL);
        for (int j = 0; j < zRule.size(); j++) {
            double zp = zRule.nodes()[j];
            double kink = bindsFrom(s, g, s1, aFree, eps, zp, env);
            PanelRule z0Rule = PanelRule.gaussian(kink, Math.min(1, s1 / Math.max(s, 1e-3)), panel, GL);
            for (int i = 0; i < z0Rule.size(); i++) {
                double z0 = z0Rule.nodes()[i];
                double w = zRule.weights()[j] * z0Rule.weights()[i];
                double m0 = kappa - s * z0 - g * zp;
                // interior: t and the students' shift b combine into one envelope of spread Delta (LD 13.2)
                PatternEnvelope.at(m0 / s1, aFree, env);
                double r = env[PatternEnvelope.R];
                double t = r * eps / s1;
                double value, u0, dEff, deviation;
                if (z0 + t >= kappaRef) {
                    value = env[PatternEnvelope.PSI];
                    u0 = m0 / s1;
                    dEff = delta;
                    deviation = 0;
                } else {
                    t = kappaRef - z0;
                    u0 = (m0 - eps / c * t) / s1;
                    PatternEnvelope.at(u0, aBound, env);
                    r = env[PatternEnvelope.R];
                    value = -t * t / (2 * c) + env[PatternEnvelope.PSI];
                    dEff = dBound;
                    deviation = t - r * eps / s1;
                }
                sum.gE += w * value;
                sum.r2 += w * r * r;
                // d psi/d q1 = -r du0/dq1 + r^2 D/(2 (1-q1)^2), du0/dq1 = -z'/(2 g s1) + u0/(2 (1-q1))
                sum.dPsiDq1 += w * (-r * (-zp / (2 * g * s1) + u0 / (2 * (1 - q1))) + r * r * dEff / (2 * (1 - q1) * (1 - q1)));
                sum.rDeviation += w * r * deviation;
                sum.deviation2 += w * deviation * deviation;
                // d value/dS = -r du0/dS, du0/dS = (-z0 + S z'/g)/s1
                sum.dGdS += w * (-r * (-z0 + s * zp / g) / s1);
            }
        }
        return sum;
    }

    /** The z0 where the reference's constraint starts to bind at this z' (z0 + t*(z0) = kappaRef), by bisection. */
    private double bindsFrom(double s, double g, double s1, double aFree, double eps, double zp, double[] env) {
        double lo = -RANGE, hi = RANGE;
        if (binds(lo, s, g, s1, aFree, eps, zp, env) == binds(hi, s, g, s1, aFree, eps, zp, env)) {
            return 0;
        }
        boolean loBinds = binds(lo, s, g, s1, aFree, eps, zp, env);
        for (int it = 0; it < BISECTIONS; it++) {
            double mid = 0.5 * (lo + hi);
            if (binds(mid, s, g, s1, aFree, eps, zp, env) == loBinds) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private boolean binds(double z0, double s, double g, double s1, double aFree, double eps, double zp, double[] env) {
        PatternEnvelope.at((kappa - s * z0 - g * zp) / s1, aFree, env);
        return z0 + env[PatternEnvelope.R] * eps / s1 < kappaRef;
    }

    /** Sums of the weight term (LD 13.4), the eta average in closed form. */
    private static final class Weights {
        double gS, s, q1, refZ, refZ1, mZ;
    }

    private Weights weights(double sigma, double qh0, double dh, double pi, double tau) {
        double a = Math.sqrt(qh0);
        double[] plus = new double[3], minus = new double[3];
        Weights sum = new Weights();
        PanelRule rule = PanelRule.gaussian(signTurn(sigma, a, dh, pi, plus, minus), Math.min(1, tau / Math.max(a, 1e-3)),
                Math.min(panel, 1.5 / a), GL);
        for (int i = 0; i < rule.size(); i++) {
            double z = rule.nodes()[i];
            double w = rule.weights()[i];
            WeightEnvelope.at(sigma + a * z, dh, plus);
            WeightEnvelope.at(-sigma + a * z, dh, minus);
            double mu = pi / a * z;
            // W~ = +1 where 2 eta + phi+ - phi- > 0, eta = mu + tau z1
            double z1c = (-(plus[WeightEnvelope.PHI] - minus[WeightEnvelope.PHI]) / 2 - mu) / tau;
            double pPlus = Gaussian.h(z1c);
            double pMinus = Gaussian.h(-z1c);
            double gz = Gaussian.g(z1c);
            double mp = plus[WeightEnvelope.M], mm = minus[WeightEnvelope.M];
            sum.gS += w * ((plus[WeightEnvelope.PHI] + mu) * pPlus + (minus[WeightEnvelope.PHI] - mu) * pMinus + 2 * tau * gz);
            sum.s += w * (pPlus * mp - pMinus * mm);
            sum.q1 += w * (pPlus * mp * mp + pMinus * mm * mm);
            sum.refZ += w * z * (pPlus - pMinus);
            sum.refZ1 += w * 2 * gz;
            sum.mZ += w * z * (pPlus * mp + pMinus * mm);
        }
        return sum;
    }

    /** The z where the reference's preferred sign turns (2 mu + phi+ - phi- = 0), by bisection; 0 if none in range. */
    private static double signTurn(double sigma, double a, double dh, double pi, double[] plus, double[] minus) {
        double lo = -RANGE, hi = RANGE;
        double fLo = turn(lo, sigma, a, dh, pi, plus, minus);
        if (fLo * turn(hi, sigma, a, dh, pi, plus, minus) > 0) {
            return 0;
        }
        for (int it = 0; it < BISECTIONS; it++) {
            double mid = 0.5 * (lo + hi);
            if (turn(mid, sigma, a, dh, pi, plus, minus) * fLo > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double turn(double z, double sigma, double a, double dh, double pi, double[] plus, double[] minus) {
        WeightEnvelope.at(sigma + a * z, dh, plus);
        WeightEnvelope.at(-sigma + a * z, dh, minus);
        return 2 * pi / a * z + plus[WeightEnvelope.PHI] - minus[WeightEnvelope.PHI];
    }
}
