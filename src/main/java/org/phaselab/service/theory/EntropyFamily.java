package org.phaselab.service.theory;

import java.util.List;

/**
 * Entropy curves, one per kappa, with the capacity alpha_c(kappa) of each, and the load alpha_LE where
 * dense regions around max-margin solutions disappear (not converged while it is still being computed), and the
 * large-deviation thresholds (docs/large-deviation.md LD 6; empty while they are computed).
 */
public record EntropyFamily(EntropyRequest request, List<Curve> curves, List<Threshold> capacities, Threshold alphaLocalEntropy,
                            List<Threshold> largeDeviation) {
    public EntropyFamily {
        curves = List.copyOf(curves);
        capacities = List.copyOf(capacities);
        largeDeviation = List.copyOf(largeDeviation);
    }

    /** Without large-deviation thresholds. */
    public EntropyFamily(EntropyRequest request, List<Curve> curves, List<Threshold> capacities, Threshold alphaLocalEntropy) {
        this(request, curves, capacities, alphaLocalEntropy, List.of());
    }
}
