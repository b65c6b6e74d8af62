/**
 * Numerics for the replica-symmetric models: stable Gaussian tails ({@link org.phaselab.theory.numerics.Gaussian}),
 * Gaussian-measure quadrature, root finding with failure kinds, and the {@link org.phaselab.theory.numerics.Monitor}
 * through which long computations report progress and honour cancellation. Pure Java.
 */
package org.phaselab.theory.numerics;
