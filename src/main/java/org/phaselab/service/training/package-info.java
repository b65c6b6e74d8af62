/**
 * Background work of the training lab: the scene snapshot ({@link org.phaselab.service.training.TrainingScene}),
 * one live training run driven on its own thread with batched delivery of snapshots
 * ({@link org.phaselab.service.training.TrainingSession}), the theory curves the measurements land on
 * (teacher-student eps_g(alpha), the storage capacity alpha_c, the planted teacher's local energy) and
 * the measured local energy of a found solution. Errors, distances and flip fractions are fractions
 * (of patterns or of weights); times are wall-clock seconds. No JavaFX here.
 */
package org.phaselab.service.training;
