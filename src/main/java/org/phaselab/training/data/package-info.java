/**
 * Data sets: P = alpha N patterns with iid +-1 or N(0,1) entries, labels +-1 either random (storage
 * problem) or given by a teacher network; a fresh test set from the same teacher. Everything is drawn
 * from one seed through {@link java.util.SplittableRandom#split()}, so a problem is reproducible.
 * {@link org.phaselab.training.data.HiddenManifold}: +-1 random features sign(F c/sqrt D) of Gaussian latent
 * vectors c in D dimensions, labelled by a perceptron teacher on the latent space (the random-features model).
 */
package org.phaselab.training.data;
