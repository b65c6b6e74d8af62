package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GradedGaussianRule;

/**
 * The y -&gt; infinity free entropy with an unconstrained reference (docs/large-deviation.md, LD 3.2), at the
 * unknowns x = (sigma, w, ln Delta), q1 = S^2 + (1 - S^2)/(1 + e^-w) (every real w is an overlap), S = 1 - 2d:
 * <pre>
 *   S_I = -sigma S - qh0 (1 - q1 + Delta)/2 - dh q1/2 + int Dz phi_dh(sqrt(qh0) |z| + sigma) + alpha int Dz psi_a2(u0(z))
 *   u0 = (kappa - sqrt(q1) z)/sqrt(1 - q1),   a2 = Delta/(1 - q1)
 *   qh0 = alpha/(1-q1) E[r^2],   dh = qh0 + 2 alpha E[d psi/d q1]                        (from G_E, LD 3.3)
 *   S = E[m],   q1 = E[m^2],   1 - q1 + Delta = E[|z| m]/sqrt(qh0)                         (from G_S, LD 3.3)
 * </pre>
 * The pattern average uses a Gauss-Legendre rule graded around z = kappa/sqrt(q1) on the scale
 * sqrt((1-q1+Delta)/q1) (the envelope smooths ln H over (1+a2) times its own scale) and cut where u0 &lt; -9 (psi
 * below 1e-19 there); the weight average is 2 int_0^inf Dz on
 * panels of width min(1, 1.5/sqrt(qh0)) up to z = 9.
 */
final class FreeReferenceTerms implements SaddleMarch.Equations {
    private static final GaussLegendre GL = GaussLegendre.TEN;

    private final double alpha;
    private final double kappa;

    FreeReferenceTerms(double alpha, double kappa) {
        this.alpha = alpha;
        this.kappa = kappa;
    }

    /** The unknowns of a point: (sigma, w, ln Delta). */
    static double[] unknowns(LargeDeviationPoint p) {
        return new double[] {p.sigma(), GroupOverlap.unknown(p.d(), p.q1()), Math.log(p.delta())};
    }

    /** At d and x = (sigma, w, ln Delta); residuals NaN outside the domain (sigma &gt;= 0, q1 &lt; 1, dh &gt;= 0). */
    @Override
    public SaddleMarch.Evaluation evaluate(double d, double[] x) {
        double s = 1 - 2 * d;
        double sigma = x[0];
        double q1 = GroupOverlap.q1(d, x[1]);
        double delta = Math.exp(x[2]);
        if (!(sigma >= 0) || !(q1 < 1) || !(delta > 0) || !Double.isFinite(delta)) {
            return invalid(d);
        }
        double oneMinusQ1 = 1 - q1;
        double sq = Math.sqrt(q1);
        double s1 = Math.sqrt(oneMinusQ1);
        double a2 = delta / oneMinusQ1;
        double center = kappa / sq;
        GradedGaussianRule rule = GradedGaussianRule.around(center, Math.sqrt(oneMinusQ1 + delta) / sq,
                center + 9 * s1 / sq, GL);
        double[] env = new double[4];
        double gE = 0, r2 = 0, dPsiDq1 = 0, curvature2 = 0;
        for (int i = 0; i < rule.size(); i++) {
            double z = rule.node(i);
            double w = rule.weight(i);
            double u0 = (kappa - sq * z) / s1;
            PatternEnvelope.at(u0, a2, env);
            double r = env[PatternEnvelope.R];
            gE += w * env[PatternEnvelope.PSI];
            r2 += w * r * r;
            // LD 3.3: d psi/d q1 = -r du0/dq1 + Delta r^2/(2 (1-q1)^2)
            double du0 = -z / (2 * sq * s1) + u0 / (2 * oneMinusQ1);
            dPsiDq1 += w * (-r * du0 + delta * r * r / (2 * oneMinusQ1 * oneMinusQ1));
            curvature2 += w * env[PatternEnvelope.R_PRIME] * env[PatternEnvelope.R_PRIME];
        }
        double qHat0 = alpha * r2 / oneMinusQ1;
        double deltaHat = qHat0 + 2 * alpha * dPsiDq1;
        if (!(qHat0 > 0) || !(deltaHat >= 0)) {
            return invalid(d);
        }
        WeightAverages weights = WeightAverages.at(sigma, qHat0, deltaHat);
        double spread = 1 - q1 + delta;
        double[] residual = {weights.m1() - s, weights.m2() - q1, weights.zm() / Math.sqrt(qHat0) / spread - 1};
        double localEntropy = -sigma * s - qHat0 * spread / 2 - deltaHat * q1 / 2 + weights.gS() + alpha * gE;
        // LD 5: replicon of the students inside one group, alpha E[(ln H)''^2]/(1-q1)^2 E[(1-m^2)^2]
        double replicon = alpha * curvature2 / (oneMinusQ1 * oneMinusQ1) * weights.sus2();
        LargeDeviationPoint point = new LargeDeviationPoint(d, localEntropy, 2 * sigma, Gaussian.binaryEntropy(d),
                LargeDeviationPoint.Branch.NONE, q1, delta, sigma, qHat0, deltaHat, Double.NaN, Double.NaN, replicon,
                Convergence.failed(Convergence.Kind.STALLED, "not solved yet", 0, Double.NaN));
        return new SaddleMarch.Evaluation(residual, point);
    }

    private static SaddleMarch.Evaluation invalid(double d) {
        return new SaddleMarch.Evaluation(new double[] {Double.NaN, Double.NaN, Double.NaN}, null);
    }
}
