/**
 * The training lab: binary networks (perceptron, committee machines) trained on random or
 * teacher-generated data, and measurements of what they found (errors, teacher overlap, flatness).
 * Pure Java, no JavaFX. Terms: N inputs, P = alpha N training patterns, K hidden units; an epoch
 * (sweep) is one pass of a trainer over the training set; errors are counts or fractions of patterns
 * (dimensionless); times in seconds are measured only by the runner, never inside a model.
 */
package org.phaselab.training;
