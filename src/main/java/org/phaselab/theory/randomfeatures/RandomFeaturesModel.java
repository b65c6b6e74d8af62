package org.phaselab.theory.randomfeatures;

/**
 * One point of the random-features perceptron (THEORY.md section 4): loads and the feature map.
 *
 * @param alpha   P/N, patterns per weight
 * @param alphaD  P/D, patterns per latent dimension
 * @param kappa   margin required of the training stabilities (0 = plain interpolation)
 * @param k1      linear coefficient of the feature map, E[g sigma(g)] (Gaussian equivalence)
 * @param kStar   non-linear noise of the feature map, sqrt(E[sigma^2] - k0^2 - k1^2)
 */
public record RandomFeaturesModel(double alpha, double alphaD, double kappa, double k1, double kStar) {
    /** sigma = sign: k0 = 0, k1 = sqrt(2/pi), kStar^2 = 1 - 2/pi (Goldt et al. 2020, Gaussian equivalence). */
    public static final double SIGN_K1 = Math.sqrt(2 / Math.PI);
    public static final double SIGN_KSTAR = Math.sqrt(1 - 2 / Math.PI);

    public RandomFeaturesModel {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be > 0 and finite, got " + alpha);
        }
        if (!(alphaD > 0) || !Double.isFinite(alphaD)) {
            throw new IllegalArgumentException("alphaD must be > 0 and finite, got " + alphaD);
        }
        if (!Double.isFinite(kappa) || kappa < 0) {
            throw new IllegalArgumentException("kappa must be >= 0, got " + kappa);
        }
        if (!(k1 >= 0) || !(kStar > 0) || !Double.isFinite(k1) || !Double.isFinite(kStar)) {
            throw new IllegalArgumentException("need k1 >= 0 and kStar > 0, got " + k1 + ", " + kStar);
        }
    }

    /** Sign features, zero margin: the paper's setting. */
    public static RandomFeaturesModel sign(double alpha, double alphaD) {
        return new RandomFeaturesModel(alpha, alphaD, 0.0, SIGN_K1, SIGN_KSTAR);
    }

    /** D/N = alpha/alphaD, the latent dimension per weight. */
    public double gamma() {
        return alpha / alphaD;
    }

    public RandomFeaturesModel withAlpha(double newAlpha) {
        return new RandomFeaturesModel(newAlpha, alphaD, kappa, k1, kStar);
    }

    public RandomFeaturesModel withKappa(double newKappa) {
        return new RandomFeaturesModel(alpha, alphaD, newKappa, k1, kStar);
    }

    /** Same gamma, another alpha (alphaD moves with it): the envelope-theorem checks use it. */
    public RandomFeaturesModel withAlphaAtFixedGamma(double newAlpha) {
        return new RandomFeaturesModel(newAlpha, newAlpha / gamma(), kappa, k1, kStar);
    }
}
