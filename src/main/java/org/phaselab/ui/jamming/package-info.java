/**
 * The jamming panel: {@link org.phaselab.ui.jamming.JammingView} lays out sweep controls and four
 * figures; {@link org.phaselab.ui.jamming.JammingViewModel} holds the parameters and runs width sweeps
 * of {@code org.phaselab.training.jamming} in the background, point by point, with progress and cancel.
 */
package org.phaselab.ui.jamming;
