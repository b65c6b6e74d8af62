/**
 * The data bundle behind a figure: data.csv (every series, named columns with units, NaN gaps as
 * empty cells, numbers that read back exactly), parameters.json (every parameter and seed, and the
 * figure's layout) and plot.py, a matplotlib script that redraws the figure from the CSV.
 */
package org.phaselab.export.bundle;
