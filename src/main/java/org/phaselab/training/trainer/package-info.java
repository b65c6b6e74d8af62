/**
 * Trainers for binary networks with a common {@link org.phaselab.training.trainer.Trainer} interface:
 * {@code step()} is one sweep (epoch) over the training set in a seeded random order, {@code reset()}
 * returns to the same initial state and random stream. No wall-clock time is read here: the time budget
 * belongs to {@link org.phaselab.training.trainer.TrainingRun}. Algorithms: CP+R, SBPI (integer hidden
 * states, +-1 inputs only), replicated SGD and BinaryConnect SGD (continuous latent weights), and
 * simulated annealing on the number of training errors. Committee machines are trained by the
 * least-action rule: on an error, the wrong hidden units with the smallest |field| are corrected, just
 * enough of them to fix the vote (as in BinaryCommitteeMachineRSGD.jl).
 */
package org.phaselab.training.trainer;
