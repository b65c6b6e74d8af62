/**
 * The deep-transition panel (Ziyin &amp; Ueda, arXiv:2205.12510): the reduced loss L(b) under a gamma slider,
 * b*(gamma) with both branches and training sweeps overlaid, the derivatives of the minimal loss.
 * {@link org.phaselab.ui.deep.DeepTransitionViewModel} holds the state and talks to the background service;
 * {@link org.phaselab.ui.deep.DeepTransitionView} lays out and binds only.
 */
package org.phaselab.ui.deep;
