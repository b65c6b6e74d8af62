package org.phaselab.theory.randomfeatures;

/**
 * The references of the random-features Franz-Parisi construction: typical solutions of margin kappaRef at
 * (alpha, alphaD), described by their RS saddle (THEORY.md section 4) and the field covariances it implies.
 *
 * @param model  the reference's model point (its kappa is kappaRef)
 * @param order  the reference's order parameters (qw, qhw, m, r, qs)
 */
record FpReference(RandomFeaturesModel model, OrderParameters order) {

    static FpReference of(RandomFeaturesSaddle saddle) {
        if (!saddle.converged()) {
            throw new IllegalArgumentException("the reference saddle did not converge: " + saddle.failure());
        }
        return new FpReference(saddle.model(), saddle.order());
    }

    double kappaRef() {
        return model.kappa();
    }

    /** v~s = k1^2 r~ + kStar^2: variance of a reference's field. */
    double vs() {
        return order.fieldVariance(model);
    }

    /** v~q = k1^2 q~s + kStar^2 q~w: covariance of two references' fields. */
    double vq() {
        return order.fieldOverlap(model);
    }

    /** rho~ = k1 m~: covariance of a reference's field with the teacher's. */
    double rho() {
        return order.teacherCovariance(model);
    }
}
