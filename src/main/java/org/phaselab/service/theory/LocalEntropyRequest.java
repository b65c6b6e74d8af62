package org.phaselab.service.theory;

import java.util.List;

/**
 * Franz-Parisi local entropy phi_FP(d) at load alpha, student margin kappa, around references of
 * each margin in {@code kappaRefs}, on {@code points} distances in (0, dMax].
 */
public record LocalEntropyRequest(double alpha, double kappa, List<Double> kappaRefs, double dMax, int points) {
    public LocalEntropyRequest {
        kappaRefs = List.copyOf(kappaRefs);
        if (!(alpha > 0 && dMax > 0 && dMax < 0.5 && points >= 2)) {
            throw new IllegalArgumentException("need alpha > 0, 0 < dMax < 1/2 and at least 2 points");
        }
    }
}
