package org.phaselab.theory.deeplinear;

/**
 * The order parameter and the derivatives of the minimal loss at one gamma.
 *
 * @param gamma        weight decay
 * @param bGlobal      b* of the global minimum (NaN if not converged)
 * @param bOrdered     b of the nonzero (ordered) minimum, NaN where it does not exist
 * @param bTrivialStable whether the origin is a local minimum here
 * @param lossGlobal   min L
 * @param lossOrdered  L at the ordered minimum (NaN where it does not exist)
 * @param lossTrivial  L(0) = E[y^2] (for D = 0, NaN: the origin is not stationary)
 * @param dLossDGamma  d min L / d gamma = (D+1) b*^2 (envelope theorem: sum of squared weights)
 * @param d2LossDGamma2 d^2 min L / d gamma^2 = (D+1) d b*^2/d gamma = -2 (D+1) b* / g'(b*) on the ordered
 *                     branch (implicit differentiation of g(b; gamma) = 0), 0 on the trivial branch
 * @param converged    whether the landscape at this gamma converged
 */
public record BranchPoint(double gamma, double bGlobal, double bOrdered, boolean bTrivialStable, double lossGlobal,
                          double lossOrdered, double lossTrivial, double dLossDGamma, double d2LossDGamma2,
                          boolean converged) {

    /** Evaluates everything from a solved landscape. */
    public static BranchPoint from(Landscape landscape) {
        DeepLinearModel model = landscape.model();
        int m = model.layers();
        ReducedLoss loss = new ReducedLoss(model, landscape.gamma());
        double bOrdered = landscape.orderedMinimum().map(StationaryPoint::b).orElse(Double.NaN);
        double lossOrdered = landscape.orderedMinimum().map(StationaryPoint::loss).orElse(Double.NaN);
        boolean trivialStable = landscape.points().stream().anyMatch(p -> p.b() == 0 && p.isMinimum());
        double lossTrivial = model.depth() == 0 ? Double.NaN : model.ySquared();
        if (!landscape.converged()) {
            return new BranchPoint(landscape.gamma(), Double.NaN, bOrdered, trivialStable, Double.NaN, lossOrdered,
                    lossTrivial, Double.NaN, Double.NaN, false);
        }
        double b = landscape.bStar();
        double d2 = b > 0 ? -2.0 * m * b / loss.stationaritySlope(b) : 0.0;
        return new BranchPoint(landscape.gamma(), b, bOrdered, trivialStable, landscape.global().loss(), lossOrdered,
                lossTrivial, m * b * b, d2, true);
    }
}
