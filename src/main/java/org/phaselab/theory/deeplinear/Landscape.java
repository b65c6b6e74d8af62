package org.phaselab.theory.deeplinear;

import org.phaselab.theory.numerics.Convergence;

import java.util.List;
import java.util.Optional;

/**
 * All stationary points of L(b) on b &gt;= 0 at one gamma, in increasing b, and the global minimum.
 *
 * @param model     depth and moments
 * @param gamma     weight decay
 * @param points    stationary points, increasing in b (the origin first when D &gt;= 1)
 * @param global    the point of lowest loss (the global minimum on b &gt;= 0); null only if not converged
 * @param convergence whether every root search met its tolerance, their evaluations, and why one failed
 */
public record Landscape(DeepLinearModel model, double gamma, List<StationaryPoint> points, StationaryPoint global,
                        Convergence convergence) {
    public Landscape {
        points = List.copyOf(points);
    }

    public boolean converged() {
        return convergence.converged();
    }

    /** Function evaluations of all root searches. */
    public int evaluations() {
        return convergence.evaluations();
    }

    public List<StationaryPoint> minima() {
        return points.stream().filter(StationaryPoint::isMinimum).toList();
    }

    /** The nonzero (ordered, "learning") minimum, if it exists at this gamma. */
    public Optional<StationaryPoint> orderedMinimum() {
        return points.stream().filter(p -> p.b() > 0 && p.isMinimum()).findFirst();
    }

    /** The order parameter b* of the global minimum (NaN if not converged). */
    public double bStar() {
        return global == null ? Double.NaN : global.b();
    }
}
