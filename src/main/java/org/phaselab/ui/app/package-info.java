/**
 * The window: {@link org.phaselab.ui.app.MainWindow} (tool bar, one tab per {@link org.phaselab.ui.app.Panel}, a plot
 * maximised on demand, status bar), presets, export, help, the crash dialog and log, and
 * {@link org.phaselab.ui.app.PhaseLabApp#run}, which opens the window or, for {@code app --snapshot}, waits for the
 * plots, writes a PNG and exits.
 */
package org.phaselab.ui.app;
