package org.phaselab.service.randomfeatures;

import java.util.List;
import org.phaselab.theory.randomfeatures.LocalEntropyPointRF;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * Franz-Parisi local-entropy curves phi_FP(d) on a cut at fixed alpha_D, at a few overparameterizations chosen
 * from the cut's alpha_c and, once known, its alpha_LE.
 *
 * @param alphaD        P/D of the cut
 * @param interpolation alpha_c at this alpha_D
 * @param transition    alpha_LE at this alpha_D, or null while it is being computed
 * @param curves        one per chosen N/P, in order of growing N/P
 */
public record LocalEntropyCurves(double alphaD, ThresholdResult interpolation, ThresholdResult transition, List<Curve> curves) {
    public LocalEntropyCurves {
        curves = List.copyOf(curves);
    }

    /**
     * phi_FP(d) at one N/P.
     *
     * @param overparameterization N/P = 1/alpha
     * @param role                 why this N/P was chosen, e.g. "in the gap"
     * @param points               the curve on the distance grid (failed points not converged); empty if no reference
     * @param failure              why there is no curve at all (no max-margin reference), or null
     */
    public record Curve(double overparameterization, String role, List<LocalEntropyPointRF> points, String failure) {
        public Curve {
            points = List.copyOf(points);
        }

        public long failedPoints() {
            return points.stream().filter(p -> !p.converged()).count();
        }
    }
}
