/**
 * The storage problem of the binary perceptron (weights +-1, random +-1 labels, margin kappa), replica symmetric:
 * overlap q, conjugate qh, entropy s(alpha, kappa) in nats per weight, the capacity alpha_c(kappa) where s = 0 and
 * the maximal margin kappa_max(alpha). alpha = P/N patterns per weight. THEORY.md section 1.
 */
package org.phaselab.theory.storage;
