package org.phaselab.theory.deeplinear;

import java.util.List;
import java.util.Optional;

/**
 * All stationary points of L(b) on b &gt;= 0 at one gamma, in increasing b, and the global minimum.
 *
 * @param model     depth and moments
 * @param gamma     weight decay
 * @param points    stationary points, increasing in b (the origin first when D &gt;= 1)
 * @param global    the point of lowest loss (the global minimum on b &gt;= 0); null only if not converged
 * @param converged whether every root search met its tolerance
 * @param evaluations function evaluations of all root searches
 * @param failure   why a root search failed, or empty
 */
public record Landscape(DeepLinearModel model, double gamma, List<StationaryPoint> points, StationaryPoint global,
                        boolean converged, int evaluations, String failure) {
    public Landscape {
        points = List.copyOf(points);
        failure = failure == null ? "" : failure;
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
