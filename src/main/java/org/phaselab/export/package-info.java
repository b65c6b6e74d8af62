/**
 * Publication export: {@link org.phaselab.export.FigureExporter} writes a
 * {@link org.phaselab.export.figure.Figure} as vector PDF, SVG or PNG (format by file extension)
 * at a size in cm ({@link org.phaselab.export.ExportOptions}: Physical Review one column 8.6 cm,
 * two columns 17.8 cm, or custom; PNG at a DPI, default 600), optionally with a data bundle.
 * Failures are one {@link org.phaselab.export.ExportException} with a message for people.
 *
 * <p>Units: sizes in cm at the API, points (1/72 in) inside; one Java2D unit is one point in files.
 * No JavaFX here: the UI shows the same {@code JFreeChart} that the writers draw.
 */
package org.phaselab.export;
