/**
 * The overparameterized binary perceptron of Baldassi, Lauditi, Malatesta, Pacelli, Perugini and Zecchina,
 * Phys. Rev. E 106, 014116 (2022), arXiv:2110.00683 (THEORY.md section 4): binary weights {@code W in {+-1}^N}
 * on {@code N} random features {@code x = sign(F c / sqrt(D))} of a {@code D}-dimensional latent Gaussian input
 * {@code c}, labels from a linear "hidden" teacher on {@code c}.
 * <p>
 * Terms and units: {@code alpha = P/N} (patterns per weight; overparameterization is {@code N/P = 1/alpha}),
 * {@code alphaD = P/D}, {@code gamma = D/N = alpha/alphaD}; entropies in nats per weight ({@code N -> infinity}),
 * replica symmetric; generalization errors are probabilities in [0, 1/2]. The features enter through the
 * Gaussian equivalence (Goldt, Mezard, Krzakala, Zdeborova, PRX 10, 041044 (2020); Gerace et al., ICML 2020)
 * with coefficients {@code k1, kStar}.
 * <p>
 * Owns: the RS saddle point ({@link org.phaselab.theory.randomfeatures.RandomFeaturesSolver}), the interpolation
 * threshold {@code alpha_c(alphaD)} ({@link org.phaselab.theory.randomfeatures.InterpolationThreshold}), the
 * maximum-margin references ({@link org.phaselab.theory.randomfeatures.MaxMarginReference}), the phase
 * diagram ({@link org.phaselab.theory.randomfeatures.PhaseDiagram}) and a cut through it at fixed alphaD
 * ({@link org.phaselab.theory.randomfeatures.OverparameterizationCut}). Not yet: the local entropy and alpha_LE.
 * Pure Java; see docs/random-features.md.
 */
package org.phaselab.theory.randomfeatures;
