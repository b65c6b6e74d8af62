/**
 * Background work of the random-features panel (issue 4; Baldassi et al., PRE 106, 014116 (2022)): the phase
 * diagram (interpolation threshold alpha_c against alpha_D = P/D, computed once) and a cut at fixed alpha_D
 * (typical entropy, generalization errors of typical, maximum-margin and Bayesian predictors) as the
 * overparameterization N/P = 1/alpha grows. No JavaFX. The local-entropy threshold alpha_LE is not computed
 * (docs/random-features.md): results carry it as absent, never as a guess.
 */
package org.phaselab.service.randomfeatures;
