package org.phaselab.service.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * One row of the local-entropy line of the phase diagram.
 *
 * @param alphaD         P/D
 * @param alphaLE        the local-entropy threshold P/N there: converged with its value, or not with the reason
 * @param largeDeviation the large-deviation threshold alpha_U there (docs/large-deviation.md LD 15.8), the same way;
 *                       null if not computed
 */
public record LocalEntropyRow(double alphaD, ThresholdResult alphaLE, ThresholdResult largeDeviation) {
    /** A row with the Franz-Parisi threshold only. */
    public LocalEntropyRow(double alphaD, ThresholdResult alphaLE) {
        this(alphaD, alphaLE, null);
    }

    /** A row whose computation failed (an exception, not a solver's verdict): the message is its reason. */
    public static LocalEntropyRow failed(double alphaD, String message) {
        ThresholdResult failed = new ThresholdResult(Double.NaN, null,
                Convergence.failed(Convergence.Kind.NOT_FINITE, "failed: " + message, 0, Double.NaN));
        return new LocalEntropyRow(alphaD, failed, failed);
    }

    /** The row's threshold, or null for no row (still computing): what the figures of the cut take. */
    public static ThresholdResult thresholdOf(LocalEntropyRow row) {
        return row == null ? null : row.alphaLE();
    }

    /** A row whose computation was cancelled before it ended. */
    public static LocalEntropyRow cancelled(double alphaD) {
        ThresholdResult cancelled = new ThresholdResult(Double.NaN, null,
                Convergence.failed(Convergence.Kind.CANCELLED, "cancelled", 0, Double.NaN));
        return new LocalEntropyRow(alphaD, cancelled, cancelled);
    }

    public boolean converged() {
        return alphaLE.converged() && Double.isFinite(alphaLE.value()) && alphaLE.value() > 0;
    }

    /** N/P at the transition, 1/alpha_LE: wide dense regions of solutions to its right; NaN unless converged. */
    public double overparameterization() {
        return converged() ? 1 / alphaLE.value() : Double.NaN;
    }

    /** Whether the large-deviation threshold was computed and converged. */
    public boolean largeDeviationConverged() {
        return largeDeviation != null && largeDeviation.converged() && Double.isFinite(largeDeviation.value())
                && largeDeviation.value() > 0;
    }

    /** N/P at the large-deviation threshold, 1/alpha_U; NaN unless converged. */
    public double largeDeviationOverparameterization() {
        return largeDeviationConverged() ? 1 / largeDeviation.value() : Double.NaN;
    }

    /** The solver's reason, or a generic one if it gave none. */
    public String failure() {
        String f = alphaLE.failure();
        return f == null || f.isBlank() ? "not converged" : f;
    }
}
