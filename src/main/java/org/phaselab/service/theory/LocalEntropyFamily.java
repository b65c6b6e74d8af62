package org.phaselab.service.theory;

import java.util.List;

/**
 * Local-entropy curves at one alpha, one per reference margin, with the bound H2(d), the maximum
 * reference margin kappa_max(alpha) and the load alpha_LE where dense regions disappear; and the large-deviation
 * local entropy around the densest reference at each d (docs/large-deviation.md; null when not computed).
 */
public record LocalEntropyFamily(LocalEntropyRequest request, List<Curve> curves, Curve upperBound,
                                 Threshold kappaMax, Threshold alphaLocalEntropy, Curve largeDeviation) {
    public LocalEntropyFamily {
        curves = List.copyOf(curves);
    }

    /** The Franz-Parisi curves, then the large-deviation one if there is one. */
    public List<Curve> allCurves() {
        if (largeDeviation == null) {
            return curves;
        }
        List<Curve> all = new java.util.ArrayList<>(curves);
        all.add(largeDeviation);
        return List.copyOf(all);
    }

    /** A family without the large-deviation curve. */
    public LocalEntropyFamily(LocalEntropyRequest request, List<Curve> curves, Curve upperBound, Threshold kappaMax,
                              Threshold alphaLocalEntropy) {
        this(request, curves, upperBound, kappaMax, alphaLocalEntropy, null);
    }
}
