/**
 * The random-features panel (issue 4, "the atypical transition"): the phase diagram in (N/P, alpha_D) with the
 * interpolation line, and a cut at the slider's alpha_D showing the typical entropy and the generalization
 * errors of typical, maximum-margin and Bayesian predictors. The local-entropy line is shown as not computed.
 */
package org.phaselab.ui.randomfeatures;
