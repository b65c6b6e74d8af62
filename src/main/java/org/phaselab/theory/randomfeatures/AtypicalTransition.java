package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Monitor;

/**
 * The local-entropy (atypical) transition alpha_LE(alpha_D) of the random-features perceptron: the load P/N below
 * which the Franz-Parisi local entropy around max-margin references is monotonic in d (wide dense regions exist).
 * Same criterion as the storage problem ({@code LocalEntropyTransition.CRITERION}).
 */
public final class AtypicalTransition {
    public static final String CRITERION = "RS Franz-Parisi local entropy phi_FP(d) around max-margin references "
            + "(kappaRef = kappa_max(alpha, alpha_D), students at kappa = 0) turns non-monotonic in d: min_d dphi/dd = 0";

    private final Monitor monitor;

    public AtypicalTransition(Monitor monitor) {
        this.monitor = monitor;
    }

    /** alpha_LE at alphaD (value = alpha_LE; saddle = the max-margin reference there); not converged with a reason. */
    public ThresholdResult alphaLE(double alphaD) {
        return new ThresholdResult(Double.NaN, null, false, 0, "not implemented yet");
    }
}
