package org.phaselab.service.deep;

import org.phaselab.theory.deeplinear.Landscape;

/**
 * The reduced loss sampled on a grid of b, with its stationary points.
 *
 * @param landscape stationary points and global minimum at this gamma
 * @param b         grid of b from 0 to bMax
 * @param loss      L(b) on the grid
 */
public record LandscapeCurve(Landscape landscape, double[] b, double[] loss) {
    public LandscapeCurve {
        b = b.clone();
        loss = loss.clone();
    }

    /** Copies: the record keeps its own arrays. */
    @Override
    public double[] b() {
        return b.clone();
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }
}
