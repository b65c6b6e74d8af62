package org.phaselab.theory.deeplinear;

/**
 * A stationary point of the reduced loss L(b), b &gt;= 0.
 *
 * @param b         layer norm (the order parameter)
 * @param loss      L(b)
 * @param curvature L''(b)
 * @param kind      minimum, maximum or degenerate (L'' = 0, e.g. the origin at the critical point)
 */
public record StationaryPoint(double b, double loss, double curvature, Kind kind) {
    /** The character of a stationary point, from the sign of L''. */
    public enum Kind { MINIMUM, MAXIMUM, DEGENERATE }

    static StationaryPoint at(ReducedLoss loss, double b) {
        double curvature = loss.curvature(b);
        Kind kind = curvature > 0 ? Kind.MINIMUM : curvature < 0 ? Kind.MAXIMUM : Kind.DEGENERATE;
        return new StationaryPoint(b, loss.loss(b), curvature, kind);
    }

    public boolean isMinimum() {
        return kind == Kind.MINIMUM;
    }
}
