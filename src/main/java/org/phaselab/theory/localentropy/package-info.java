/**
 * Franz-Parisi local entropy of the binary perceptron (RS), THEORY.md section 3: phi_FP(d), the entropy per weight
 * of solutions of margin kappa at Hamming distance d (fraction of flipped weights, in (0, 1/2)) from a reference
 * drawn among the solutions of margin kappaRef, with its upper bound H2(d); the loads where around max-margin
 * references it turns non-monotonic (alpha_LE) and where it first dips below zero. Entropies in nats per weight.
 * The same potential with the students broken in one step of replica symmetry ({@link
 * org.phaselab.theory.localentropy.OneStepFranzParisi}, docs/local-entropy-1rsb.md), and the RS students' replicon.
 */
package org.phaselab.theory.localentropy;
