/**
 * Numerics for the replica-symmetric models: stable Gaussian tails ({@link org.phaselab.theory.numerics.Gaussian}),
 * Gaussian-measure quadrature (uniform trapezoids; Gauss-Legendre panels graded around kinks: {@link
 * org.phaselab.theory.numerics.GradedGaussianRule}, {@link org.phaselab.theory.numerics.GradedPanels}), root finding
 * with failure kinds (Brent; {@link org.phaselab.theory.numerics.MonotoneRootFinder} from a guess, for continuation), and the {@link org.phaselab.theory.numerics.Convergence}
 * record that every solver result carries. Pure Java.
 */
package org.phaselab.theory.numerics;
