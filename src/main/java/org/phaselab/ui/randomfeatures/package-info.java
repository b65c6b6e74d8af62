/**
 * The random-features panel (issue 4, "the atypical transition"): the phase diagram in (N/P, alpha_D) with the
 * interpolation line, and a cut at the slider's alpha_D showing the typical entropy and the generalization
 * errors of typical, maximum-margin and Bayesian predictors; the local-entropy line alpha_LE(alpha_D) with the gap
 * shaded, its marker on the cut and the Franz-Parisi curves phi_FP(d) of the cut.
 */
package org.phaselab.ui.randomfeatures;
