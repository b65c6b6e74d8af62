/**
 * Background work for the panels, with no JavaFX in it: {@link org.phaselab.service.LatestWinsService}
 * runs computations off the UI thread, newest request wins, progress and outcomes are delivered on an
 * executor the caller chooses. Failures arrive as {@link org.phaselab.service.Outcome.Failed} with a
 * message for people; nothing throws into the UI.
 */
package org.phaselab.service;
