/**
 * Progress and cancellation of long computations, shared by every layer: a {@link org.phaselab.progress.Monitor}
 * that a solver or trainer polls between steps, and the {@link org.phaselab.progress.CancelledException} it throws when
 * asked to stop. Below theory and training, so that neither depends on the service that runs them.
 */
package org.phaselab.progress;
