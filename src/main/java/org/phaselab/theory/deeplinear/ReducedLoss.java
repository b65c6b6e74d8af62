package org.phaselab.theory.deeplinear;

/**
 * The reduced loss of a D-hidden-layer linear net with weight decay, with m = D + 1 layers
 * (Ziyin &amp; Ueda, arXiv:2205.12510; THEORY.md section 5):
 * <pre>  L(b) = a b^(2m) - 2 c b^m + m gamma b^2 + E[y^2].</pre>
 * Its derivative factorises as L'(b) = 2 m b g(b) with the "stationarity function"
 * <pre>  g(b) = a b^(2D) - c b^(D-1) + gamma,</pre>
 * so the positive stationary points are the positive roots of g. Pure functions, no state.
 */
public final class ReducedLoss {
    private final DeepLinearModel model;
    private final double gamma;

    public ReducedLoss(DeepLinearModel model, double gamma) {
        if (!(gamma >= 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite and >= 0, got " + gamma);
        }
        this.model = model;
        this.gamma = gamma;
    }

    public DeepLinearModel model() {
        return model;
    }

    public double gamma() {
        return gamma;
    }

    /** L(b). */
    public double loss(double b) {
        int m = model.layers();
        double bm = Math.pow(b, m);
        return model.a() * bm * bm - 2 * model.c() * bm + m * gamma * b * b + model.ySquared();
    }

    /** dL/db = 2 m b g(b). */
    public double slope(double b) {
        int m = model.layers();
        return 2 * m * (model.a() * Math.pow(b, 2 * m - 1) - model.c() * Math.pow(b, m - 1) + gamma * b);
    }

    /** d^2L/db^2 = 2m(2m-1) a b^(2m-2) - 2m(m-1) c b^(m-2) + 2 m gamma. */
    public double curvature(double b) {
        int m = model.layers();
        double cTerm = m == 1 ? 0 : 2.0 * m * (m - 1) * model.c() * Math.pow(b, m - 2);
        return 2.0 * m * (2 * m - 1) * model.a() * Math.pow(b, 2 * m - 2) - cTerm + 2 * m * gamma;
    }

    /** g(b) = L'(b) / (2 m b), for b &gt; 0. */
    public double stationarity(double b) {
        int d = model.depth();
        return model.a() * Math.pow(b, 2 * d) - model.c() * Math.pow(b, d - 1) + gamma;
    }

    /** g'(b) = 2 D a b^(2D-1) - (D-1) c b^(D-2), for b &gt; 0. */
    public double stationaritySlope(double b) {
        int d = model.depth();
        return 2.0 * d * model.a() * Math.pow(b, 2 * d - 1) - (d - 1) * model.c() * Math.pow(b, d - 2);
    }
}
