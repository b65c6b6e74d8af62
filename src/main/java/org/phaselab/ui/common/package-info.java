/**
 * What every panel shares. A plot: {@link org.phaselab.ui.common.PlotChannel} (parameters -> background computation ->
 * figure, with a {@link org.phaselab.ui.common.PlotStatus}: empty, current, stale "updating to α = 0.745", preview,
 * failed) shown by {@link org.phaselab.ui.common.FigureView} (header, chart, placeholder, mask, snapping crosshair).
 * Parameters: {@link org.phaselab.ui.common.SceneProperties} (one property per declared parameter), the controls built
 * from the declarations ({@link org.phaselab.ui.common.ParameterControls}: sliders stepping by the display precision,
 * range sliders for from/to pairs), {@link org.phaselab.ui.common.ParameterHistory} (undo, redo, reset) and
 * {@link org.phaselab.ui.common.ParameterPlayer} (play across a range). Layout: a fixed controls column beside a grid
 * of plots ({@link org.phaselab.ui.common.PanelLayout}, {@link org.phaselab.ui.common.PlotGrid}).
 */
package org.phaselab.ui.common;
