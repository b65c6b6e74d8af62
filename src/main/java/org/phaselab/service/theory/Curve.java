package org.phaselab.service.theory;

import java.util.List;

/**
 * A labelled theory curve.
 *
 * @param key       stable identifier (CSV column prefix)
 * @param label     LaTeX legend label
 * @param parameter the parameter that distinguishes this curve in its family (e.g. kappa)
 * @param points    the points, in x order
 */
public record Curve(String key, String label, double parameter, List<CurvePoint> points) {
    public Curve {
        points = List.copyOf(points);
    }

    public long failedCount() {
        return points.stream().filter(p -> !p.converged()).count();
    }
}
