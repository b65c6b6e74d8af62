package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;

/**
 * The y -&gt; infinity free-reference saddle of the random-features perceptron (docs/large-deviation.md, LD 15): the
 * storage saddle of {@link FreeReferenceTerms} with the students' fields made of latent projections (Gaussian
 * equivalence) and labelled by the hidden teacher,
 * <pre>
 *   S_LD = -sigma S - qh0 (1 - q1 + Delta_w)/2 - dh q1/2 + int Dz phi_dh(sigma + sqrt(qh0)|z|)
 *          + gamma phi_latent(m, r, qs1, Delta_s; q1, Delta_w) + G(rho, vs, vq1, Delta_v)          (LD 15.4)
 *   vs = k1^2 r + k*^2,  vq1 = k1^2 qs1 + k*^2 q1,  Delta_v = k1^2 Delta_s + k*^2 Delta_w,  rho = k1 m
 *   qh0 = 2 gamma d phi_latent/d Delta_w + 2 k*^2 dG/d Delta_v
 *   dh  = qh0 + 2 gamma d phi_latent/d q1 + 2 k*^2 dG/d vq1                                          (LD 15.5)
 * </pre>
 * ({@link LatentLimit}, {@link TeacherPatternTerm}). Unknowns, each real vector inside the domain where possible:
 * x = (sigma, w, ln Delta_w, m, ln(D/delta), Delta_s/Delta_w, ln((qs1 - m^2)/scale)): at large gamma the
 * latent overlaps follow the weights' (qs1 -&gt; q1, D -&gt; delta), and ratios keep Newton's steps in q1 from tearing
 * them apart ({@link #latentScale}), q1 as in FreeReferenceTerms.
 * Residuals: the three weight equations of LD 3.3 and the four latent ones of {@link LatentLimit#residuals}.
 */
final class RandomFeaturesTerms implements SaddleMarch.Equations {
    private final RandomFeaturesModel model;

    RandomFeaturesTerms(RandomFeaturesModel model) {
        this.model = model;
    }

    /**
     * The scale of qs1 - m^2 in the unknowns: q1 where the latent overlaps follow the weights' (gamma = D/N &gt;= 1),
     * 1 where few latent dimensions leave them free of each other (gamma &lt; 1: at alpha = 0.003, alpha_D = 1,
     * qs - m^2 = 0.18 against q = 0.002).
     */
    static double latentScale(RandomFeaturesModel model, double q1) {
        return model.gamma() >= 1 ? q1 : 1;
    }

    double[] unknowns(LargeDeviationPoint p) {
        LatentProjection l = p.latent();
        double bigD = l.r() - l.qs1();
        return new double[] {p.sigma(), GroupOverlap.unknown(p.d(), p.q1()), Math.log(p.delta()), l.m(),
                Math.log(bigD / (1 - p.q1())), l.deltaS() / p.delta(),
                Math.log((l.qs1() - l.m() * l.m()) / latentScale(model, p.q1()))};
    }

    @Override
    public SaddleMarch.Evaluation evaluate(double d, double[] x) {
        double s = 1 - 2 * d;
        double sigma = x[0];
        double q1 = GroupOverlap.q1(d, x[1]);
        double deltaW = Math.exp(x[2]);
        double m = x[3];
        double bigD = (1 - q1) * Math.exp(x[4]);
        double deltaS = x[5] * deltaW;
        double qs1 = m * m + latentScale(model, q1) * Math.exp(x[6]);
        if (!(sigma >= 0) || !(q1 < 1) || !(deltaW > 0) || !Double.isFinite(deltaW) || !Double.isFinite(qs1)
                || !(bigD > 0) || !(bigD + deltaS > 0)) {
            return invalid();
        }
        LatentProjection latent = new LatentProjection(m, qs1 + bigD, qs1, deltaS);
        Saddle saddle = conjugates(d, latent, q1, deltaW);
        if (saddle == null) {
            return invalid();
        }
        WeightAverages weights = WeightAverages.at(sigma, saddle.qHat0(), saddle.deltaHat());
        double spread = 1 - q1 + deltaW;
        double[] residual = new double[7];
        residual[0] = weights.m1() - s;
        residual[1] = weights.m2() - q1;
        residual[2] = weights.zm() / Math.sqrt(saddle.qHat0()) / spread - 1;
        double k1 = model.k1();
        double gamma = model.gamma();
        TeacherPatternTerm.Value g = saddle.pattern();
        LatentLimit.residuals(latent, q1, deltaW, k1 * k1 * g.dVs() / gamma, k1 * k1 * g.dVq1() / gamma,
                k1 * g.dRho() / gamma, k1 * k1 * g.dDeltaV() / gamma, residual, 3);
        double localEntropy = -sigma * s - saddle.qHat0() * spread / 2 - saddle.deltaHat() * q1 / 2 + weights.gS()
                + gamma * LatentLimit.value(latent, q1, deltaW) + g.value();
        LargeDeviationPoint point = new LargeDeviationPoint(d, localEntropy, 2 * sigma, Gaussian.binaryEntropy(d),
                LargeDeviationPoint.Branch.NONE, q1, deltaW, sigma, saddle.qHat0(), saddle.deltaHat(), Double.NaN,
                Double.NaN, Double.NaN, Convergence.failed(Convergence.Kind.STALLED, "not solved yet", 0, Double.NaN),
                latent);
        return new SaddleMarch.Evaluation(residual, point);
    }

    /**
     * S_LD as a function of all nine order parameters (not only at the saddle): the checks of stationarity use it.
     */
    double functional(double d, double sigma, double qHat0, double deltaHat, double q1, double deltaW,
                      LatentProjection latent) {
        double s = 1 - 2 * d;
        TeacherPatternTerm.Value g = pattern(latent, q1, deltaW);
        WeightAverages weights = WeightAverages.at(sigma, qHat0, deltaHat);
        return -sigma * s - qHat0 * (1 - q1 + deltaW) / 2 - deltaHat * q1 / 2 + weights.gS()
                + model.gamma() * LatentLimit.value(latent, q1, deltaW) + g.value();
    }

    /** The pattern term and the weight conjugates it and the latent term fix (LD 15.5); null outside the domain. */
    Saddle conjugates(double d, LatentProjection latent, double q1, double deltaW) {
        TeacherPatternTerm.Value g = pattern(latent, q1, deltaW);
        if (g == null) {
            return null;
        }
        double kStar2 = model.kStar() * model.kStar();
        double gamma = model.gamma();
        double qHat0 = 2 * gamma * LatentLimit.dDeltaW(latent, q1, deltaW) + 2 * kStar2 * g.dDeltaV();
        double deltaHat = qHat0 + 2 * gamma * LatentLimit.dQ1(latent, q1, deltaW) + 2 * kStar2 * g.dVq1();
        if (!(qHat0 > 0) || !(deltaHat >= 0)) {
            return null;
        }
        return new Saddle(g, qHat0, deltaHat);
    }

    private TeacherPatternTerm.Value pattern(LatentProjection latent, double q1, double deltaW) {
        double k1 = model.k1();
        double k12 = k1 * k1;
        double kStar2 = model.kStar() * model.kStar();
        return TeacherPatternTerm.evaluate(model.alpha(), model.kappa(), k1 * latent.m(), k12 * latent.r() + kStar2,
                k12 * latent.qs1() + kStar2 * q1, k12 * latent.deltaS() + kStar2 * deltaW);
    }

    record Saddle(TeacherPatternTerm.Value pattern, double qHat0, double deltaHat) {}

    private static SaddleMarch.Evaluation invalid() {
        double[] nan = new double[7];
        java.util.Arrays.fill(nan, Double.NaN);
        return new SaddleMarch.Evaluation(nan, null);
    }
}
