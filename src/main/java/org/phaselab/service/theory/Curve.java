package org.phaselab.service.theory;

import java.util.List;

/**
 * A labelled theory curve.
 *
 * @param key       stable identifier (CSV column prefix)
 * @param label     LaTeX legend label
 * @param parameter the parameter that distinguishes this curve in its family (e.g. kappa)
 * @param points    the points, in x order
 * @param failure   why the first point that did not converge failed, for the note (null if all converged)
 */
public record Curve(String key, String label, double parameter, List<CurvePoint> points, String failure) {
    public Curve {
        points = List.copyOf(points);
    }

    /** A curve whose failures, if any, need no explanation beyond being gaps. */
    public Curve(String key, String label, double parameter, List<CurvePoint> points) {
        this(key, label, parameter, points, null);
    }

    public long failedCount() {
        return points.stream().filter(p -> !p.converged()).count();
    }
}
