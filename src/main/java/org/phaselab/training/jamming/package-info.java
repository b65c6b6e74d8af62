/**
 * The jamming transition of networks that fit random data (Geiger, Spigler, d'Ascoli, Sagun,
 * Baity-Jesi, Biroli, Wyart, PRE 100, 012115 (2019), arXiv:1809.09349; THEORY.md section 6) and its
 * exactly solvable anchor, the spherical perceptron (Gardner 1988; Franz and Parisi 2016).
 *
 * <p>Terms and units (all dimensionless):
 * <ul>
 *   <li>P patterns x of dimension d, Gaussian then rescaled to |x| = sqrt(d), labels y = +-1 ({@link org.phaselab.training.jamming.RandomData}).</li>
 *   <li>A fully connected net of depth L (hidden layers) and width h, no biases, so N = d h + (L-1) h^2 + h
 *       counts every trainable weight ({@link org.phaselab.training.jamming.NetworkShape}).</li>
 *   <li>Delta_mu = 1 - y_mu f(x_mu); a constraint is violated when Delta_mu &gt; 0; N_Delta counts them.</li>
 *   <li>Loss L = (1/P) sum_mu (1/2) max(0, Delta_mu)^2 (quadratic hinge, paper eq. 2).</li>
 *   <li>SAT: training reached N_Delta = 0; UNSAT: it stopped with N_Delta &gt; 0 (budget or converged plateau).</li>
 *   <li>N*: the number of weights where half of the seeds are SAT, found by a sweep over the width.</li>
 * </ul>
 * Hot kernels write into caller-owned arrays ({@link org.phaselab.training.jamming.Workspace}). Pure Java, no JavaFX.
 */
package org.phaselab.training.jamming;
