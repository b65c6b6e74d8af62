package org.phaselab.service.theory;

import java.util.List;

/** Entropy curves, one per kappa, with the capacity alpha_c(kappa) of each. */
public record EntropyFamily(EntropyRequest request, List<Curve> curves, List<Threshold> capacities) {
    public EntropyFamily {
        curves = List.copyOf(curves);
        capacities = List.copyOf(capacities);
    }
}
