/**
 * Experiment for the exact transitions of weight-decayed deep nets (Ziyin &amp; Ueda, arXiv:2205.12510;
 * THEORY.md section 5): synthetic regression data, fully connected nets of depth D (hidden layers) and
 * width h with linear, tanh or ReLU units and no biases, full-batch gradient descent on
 * <pre>  loss = (1/n) sum_mu (f(x_mu) - y_mu)^2 + gamma sum_l ||W_l||_F^2,</pre>
 * and sweeps of gamma that continue from the previous point's weights (which shows hysteresis).
 *
 * <p>Terms. {@code norm} is the root-mean-square layer norm sqrt(sum_l ||W_l||^2 / (D+1)): at the balanced
 * rank-one minimum of a linear net it equals the theory's order parameter b. With {@code whitened} data the
 * empirical E[x x^T] = I and ||E[x y]|| = 1, so a = c = 1 exactly and the linear net's global minimum is the
 * reduced theory's ({@link org.phaselab.theory.deeplinear}). Everything is dimensionless, double precision,
 * seeded ({@link java.util.SplittableRandom}).
 */
package org.phaselab.training.deep;
