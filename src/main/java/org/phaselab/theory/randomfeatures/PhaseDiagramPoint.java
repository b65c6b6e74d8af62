package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.SolverResult;

/**
 * One row of the phase diagram: at fixed alphaD = P/D, the interpolation threshold and (when derived) the
 * local-entropy threshold, also as overparameterization N/P = 1/alpha for the x axis.
 *
 * @param alphaD                  P/D
 * @param alphaC                  interpolation threshold P/N (NaN if not converged)
 * @param overparameterizationC   N/P at the interpolation threshold, 1/alphaC
 * @param alphaLE                 local-entropy threshold P/N: NaN here (slow: the panel computes it row by row with
 *                                {@link AtypicalTransition})
 * @param overparameterizationLE  1/alphaLE (NaN)
 * @param epsTypicalAtC           generalization error of typical interpolators at alphaC
 * @param convergence             whether alphaC converged, and why not
 */
public record PhaseDiagramPoint(double alphaD, double alphaC, double overparameterizationC, double alphaLE,
                                double overparameterizationLE, double epsTypicalAtC, Convergence convergence)
        implements SolverResult {
}
