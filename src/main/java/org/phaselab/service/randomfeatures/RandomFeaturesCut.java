package org.phaselab.service.randomfeatures;

import java.util.List;
import org.phaselab.theory.randomfeatures.CutPoint;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * A cut through the phase diagram at fixed alpha_D, in order of growing N/P.
 *
 * @param alphaD        P/D
 * @param typical       typical saddles on a fine grid of N/P (kappaMax NaN: not computed there)
 * @param interpolation alpha_c at this alpha_D (typical solutions exist for N/P > 1/alpha_c)
 * @param maxMargin     maximum-margin solutions on a coarse grid of N/P above the interpolation point;
 *                      empty when not requested
 */
public record RandomFeaturesCut(double alphaD, List<CutPoint> typical, ThresholdResult interpolation, List<CutPoint> maxMargin) {
    public RandomFeaturesCut {
        typical = List.copyOf(typical);
        maxMargin = List.copyOf(maxMargin);
    }

    /** N/P at the interpolation threshold, 1/alpha_c, or NaN if it did not converge. */
    public double interpolationOverparameterization() {
        return interpolation.converged() ? 1 / interpolation.value() : Double.NaN;
    }
}
