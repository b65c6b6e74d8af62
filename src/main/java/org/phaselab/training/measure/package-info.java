/**
 * Measurements on trained binary networks: training and test error (fractions of patterns), overlap
 * with the teacher R = w.w* / N, the local energy (flatness: errors after flipping a random fraction p of
 * the weights, mean and standard error over flip sets), and the solved fraction vs alpha over seeds,
 * computed in parallel point by point.
 */
package org.phaselab.training.measure;
