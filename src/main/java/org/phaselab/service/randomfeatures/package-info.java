/**
 * Background work of the random-features panel (issue 4; Baldassi et al., PRE 106, 014116 (2022)): the phase
 * diagram (interpolation threshold alpha_c against alpha_D = P/D, computed once) and a cut at fixed alpha_D
 * (typical entropy, generalization errors of typical, maximum-margin and Bayesian predictors) as the
 * overparameterization N/P = 1/alpha grows. No JavaFX. The local-entropy part ({@link
 * org.phaselab.service.randomfeatures.AtypicalBackend}): alpha_LE(alpha_D) row by row (5-60 s each, kept for the
 * session) and Franz-Parisi curves phi_FP(d) on the cut, from an {@link org.phaselab.service.randomfeatures.AtypicalSource}
 * (the theory, or a fake in tests); a row that did not converge is carried as such, never as a guess.
 */
package org.phaselab.service.randomfeatures;
