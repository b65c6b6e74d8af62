/**
 * The training lab panel (issue 3): binary perceptrons and committee machines learn storage or teacher
 * data with CP+R, SBPI, replicated SGD, BinaryConnect SGD or simulated annealing; live error curves,
 * the local energy E(p) of the found network beside the planted teacher's, and alpha sweeps of an
 * efficient algorithm and annealing on the theory axes (solved fraction with alpha_c; test error on eps_g).
 * {@link org.phaselab.ui.training.TrainingViewModel} holds the state; {@link org.phaselab.ui.training.TrainingView} lays out and binds.
 */
package org.phaselab.ui.training;
