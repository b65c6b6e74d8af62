package org.phaselab.service.randomfeatures;

import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * One row of the local-entropy line of the phase diagram.
 *
 * @param alphaD  P/D
 * @param alphaLE the local-entropy threshold P/N there: converged with its value, or not with the reason
 */
public record LocalEntropyRow(double alphaD, ThresholdResult alphaLE) {
    public boolean converged() {
        return alphaLE.converged() && Double.isFinite(alphaLE.value()) && alphaLE.value() > 0;
    }

    /** N/P at the transition, 1/alpha_LE: wide dense regions of solutions to its right; NaN unless converged. */
    public double overparameterization() {
        return converged() ? 1 / alphaLE.value() : Double.NaN;
    }

    /** The solver's reason, or a generic one if it gave none. */
    public String failure() {
        String f = alphaLE.failure();
        return f == null || f.isBlank() ? "not converged" : f;
    }
}
