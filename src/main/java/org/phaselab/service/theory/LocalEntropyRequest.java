package org.phaselab.service.theory;

import java.util.List;

/**
 * Franz-Parisi local entropy phi_FP(d) at load alpha, student margin kappa, around references of
 * each margin in {@code kappaRefs}, on {@code points} distances in (0, dMax], at a {@link Fidelity}.
 */
public record LocalEntropyRequest(double alpha, double kappa, List<Double> kappaRefs, double dMax, int points,
                                  Fidelity fidelity) {
    /** Distances of a preview curve (a quarter of the panel's 60). */
    public static final int PREVIEW_POINTS = 15;

    public LocalEntropyRequest {
        kappaRefs = List.copyOf(kappaRefs);
        if (!(alpha > 0 && dMax > 0 && dMax < 0.5 && points >= 2) || fidelity == null) {
            throw new IllegalArgumentException("need alpha > 0, 0 < dMax < 1/2, at least 2 points and a fidelity");
        }
    }

    /** A FULL request. */
    public LocalEntropyRequest(double alpha, double kappa, List<Double> kappaRefs, double dMax, int points) {
        this(alpha, kappa, kappaRefs, dMax, points, Fidelity.FULL);
    }

    /** The coarse version of this request: {@link #PREVIEW_POINTS} distances (at most), preview tolerance. */
    public LocalEntropyRequest preview() {
        return new LocalEntropyRequest(alpha, kappa, kappaRefs, dMax, Math.min(points, PREVIEW_POINTS), Fidelity.PREVIEW);
    }

    public boolean isPreview() {
        return fidelity == Fidelity.PREVIEW;
    }
}
