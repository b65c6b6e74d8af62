/**
 * File writers for one chart: vector PDF (PDFBox + graphics2d, text as glyph outlines), SVG
 * (JFreeSVG, text as outlines) and PNG (with its DPI recorded), all sized in points, and
 * {@link org.phaselab.export.writer.AtomicFile}: temporary file in the target's folder, then an
 * atomic rename, so a failed write never damages an existing file.
 */
package org.phaselab.export.writer;
