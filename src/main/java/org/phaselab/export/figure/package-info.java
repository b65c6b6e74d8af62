/**
 * Plots as data and their drawing. A {@link org.phaselab.export.figure.Figure} (axes, series,
 * markers, bands, note, parameters) is what every panel shows, every file holds and the command
 * line renders; {@link org.phaselab.export.figure.ChartBuilder} turns it into a JFreeChart in a
 * {@link org.phaselab.export.figure.FigureStyle} (screen, projector, journal).
 *
 * <p>Terms: a <em>series</em> is a curve or point set (NaN ordinate = gap: a point the solver did
 * not reach); a <em>marker</em> is a labelled vertical line at a transition; a <em>band</em> a
 * shaded x-interval. Labels are LaTeX ({@link org.phaselab.export.figure.LabelText} says how text
 * and math are told apart), typeset by JLaTeXMath whose fonts
 * {@link org.phaselab.export.figure.LatexFonts} registers for AWT and lists for JavaFX.
 */
package org.phaselab.export.figure;
