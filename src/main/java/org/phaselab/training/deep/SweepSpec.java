package org.phaselab.training.deep;

import org.phaselab.training.Activation;

/**
 * A sweep of gamma at fixed architecture and data: gamma goes from {@code gammaFrom} to {@code gammaTo}
 * (up or down) in {@code points} equal steps, each point continuing from the previous point's weights.
 *
 * @param data        the data set to draw
 * @param depth       hidden layers D
 * @param width       hidden width h
 * @param activation  hidden nonlinearity
 * @param gammaFrom   first gamma (&gt;= 0)
 * @param gammaTo     last gamma (&gt;= 0)
 * @param points      number of gamma points, inclusive at both ends (&gt;= 1)
 * @param initNorm    layer Frobenius norm of the initial weights (1 "fresh", 1e-3 "tiny")
 * @param seed        seed of the initial weights
 * @param descent     GD budget per point
 */
public record SweepSpec(RegressionSpec data, int depth, int width, Activation activation, double gammaFrom, double gammaTo,
                        int points, double initNorm, long seed, DescentSettings descent) {
    public SweepSpec {
        if (points < 1 || !(gammaFrom >= 0) || !(gammaTo >= 0) || !(initNorm > 0)) {
            throw new IllegalArgumentException("need points >= 1, gammas >= 0, init norm > 0");
        }
    }

    public double gamma(int i) {
        return points == 1 ? gammaFrom : gammaFrom + (gammaTo - gammaFrom) * i / (points - 1);
    }
}
