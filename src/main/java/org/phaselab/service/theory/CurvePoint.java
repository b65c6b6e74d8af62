package org.phaselab.service.theory;

/**
 * One point of a theory curve as the panels draw it.
 *
 * @param x         abscissa (alpha, d, ...)
 * @param y         ordinate; NaN when not converged
 * @param converged whether the saddle point converged
 * @param physical  false where the RS value is not physical (e.g. negative entropy)
 */
public record CurvePoint(double x, double y, boolean converged, boolean physical) {
    public static CurvePoint failed(double x) {
        return new CurvePoint(x, Double.NaN, false, false);
    }
}
