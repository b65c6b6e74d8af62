package org.phaselab.service.theory;

import java.util.List;

/**
 * Local-entropy curves at one alpha, one per reference margin, with the bound H2(d), the maximum
 * reference margin kappa_max(alpha) and the load alpha_LE where dense regions disappear.
 */
public record LocalEntropyFamily(LocalEntropyRequest request, List<Curve> curves, Curve upperBound,
                                 Threshold kappaMax, Threshold alphaLocalEntropy) {
    public LocalEntropyFamily {
        curves = List.copyOf(curves);
    }
}
