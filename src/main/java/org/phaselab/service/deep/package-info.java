/**
 * Background work of the deep-transition panel (Ziyin &amp; Ueda, arXiv:2205.12510): the landscape L(b) at one
 * gamma, the phase diagram b*(gamma) with the transition, and up/down training sweeps. No JavaFX; results
 * are immutable records that the figure builders in {@code org.phaselab.export.builders} turn into plots.
 * The panel's data have a = c = 1 (whitened), so theory and measurement share their scales.
 */
package org.phaselab.service.deep;
