package org.phaselab.service.theory;

import java.util.List;

/** Storage entropy s(alpha) of the binary perceptron for several margins kappa, alpha on a grid. */
public record EntropyRequest(List<Double> kappas, double alphaMin, double alphaMax, int points) {
    public EntropyRequest {
        kappas = List.copyOf(kappas);
        if (!(alphaMin > 0 && alphaMax > alphaMin && points >= 2)) {
            throw new IllegalArgumentException("need 0 < alphaMin < alphaMax and at least 2 points");
        }
    }
}
