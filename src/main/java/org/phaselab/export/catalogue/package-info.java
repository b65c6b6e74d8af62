/**
 * One figure catalogue per panel: figure id -> title, inputs and computation (scene in, {@link
 * org.phaselab.export.figure.Figure} out), so the app, {@code render} and the command line draw the same thing
 * from the same code. Builders live in {@code export.builders}; the computations call the service layer.
 */
package org.phaselab.export.catalogue;
