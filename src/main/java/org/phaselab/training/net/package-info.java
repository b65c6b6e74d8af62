/**
 * Binary networks: weights {@code w_i = +-1} stored as signs and as packed bits ({@code long} words,
 * bit 1 = +1), the perceptron and the committee machines (tree and fully connected) built from K such
 * units, and their forward pass. For +-1 inputs the field of a unit is {@code n - 2 popcount(w XOR xi)}
 * (XNOR counting on 64 products per word); for Gaussian inputs it is a plain dot product. Convention:
 * the sign of a zero field is +1 (only possible for an even number of +-1 inputs).
 */
package org.phaselab.training.net;
