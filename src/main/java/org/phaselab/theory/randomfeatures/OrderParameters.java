package org.phaselab.theory.randomfeatures;

/**
 * RS order parameters of the random-features perceptron (THEORY.md section 4). With {@code s = F^T W/sqrt(N)}
 * the student seen in latent space and {@code W_T} the teacher:
 *
 * @param qw   W^a.W^b/N, overlap of two solutions
 * @param qhw  conjugate of qw
 * @param m    s.W_T/D, teacher overlap in latent space
 * @param r    |s|^2/D
 * @param qs   s^a.s^b/D
 */
public record OrderParameters(double qw, double qhw, double m, double r, double qs) {
    /** A start away from the singular point qw = qs = 0. */
    public static final OrderParameters START = new OrderParameters(0.3, 0.5, 0.1, 1.0, 0.3);

    /** Variance of a student's field on a fresh pattern: k1^2 r + kStar^2. */
    public double fieldVariance(RandomFeaturesModel model) {
        return model.k1() * model.k1() * r + model.kStar() * model.kStar();
    }

    /** Covariance of two solutions' fields: k1^2 qs + kStar^2 qw. */
    public double fieldOverlap(RandomFeaturesModel model) {
        return model.k1() * model.k1() * qs + model.kStar() * model.kStar() * qw;
    }

    /** Covariance of a student's field with the teacher's (unit variance): k1 m. */
    public double teacherCovariance(RandomFeaturesModel model) {
        return model.k1() * m;
    }

    boolean isFinite() {
        return Double.isFinite(qw) && Double.isFinite(qhw) && Double.isFinite(m) && Double.isFinite(r) && Double.isFinite(qs);
    }
}
