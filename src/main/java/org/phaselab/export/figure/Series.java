package org.phaselab.export.figure;

/**
 * A curve or a set of measured points. A NaN in {@code y} is a gap (a point the solver could not
 * reach): the curve is broken there, never joined across.
 *
 * @param key   stable identifier, used as CSV column prefix (e.g. "entropy_kappa0.0")
 * @param label LaTeX legend entry; empty to hide from the legend
 * @param x     abscissae
 * @param y     ordinates (NaN = gap)
 * @param yErr  standard errors for error bars, or null
 * @param style how to draw it
 * @param colour index into the palette (cycled); -1 for neutral grey
 */
public record Series(String key, String label, double[] x, double[] y, double[] yErr, Style style, int colour) {
    public Series {
        if (x.length != y.length || (yErr != null && yErr.length != x.length)) {
            throw new IllegalArgumentException("series '" + key + "': x, y (and yErr) must have equal lengths");
        }
        x = x.clone();
        y = y.clone();
        yErr = yErr == null ? null : yErr.clone();
    }

    /** How a series is drawn. */
    public enum Style {
        /** Solid line: a physical, converged theory curve. */
        LINE,
        /** Dashed line: a metastable or secondary branch. */
        DASHED,
        /** Thin dotted line: a non-physical continuation (e.g. negative entropy beyond capacity). */
        UNPHYSICAL,
        /** Filled markers, with error bars when yErr is given: measurements. */
        POINTS,
        /** Hollow markers: measurements or points that are flagged (e.g. not converged, not solved). */
        HOLLOW_POINTS,
        /** A shaded region: the points are a closed polygon, filled translucent; a NaN ends one polygon and starts the next. */
        AREA,
        /** A text in the plot: the label is written centred at (x[0], y[0]) in data coordinates, not in the legend. */
        TEXT
    }

    public int size() {
        return x.length;
    }

    /** A copy of the abscissae (the record keeps its own). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** A copy of the ordinates. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** A copy of the standard errors, or null. */
    @Override
    public double[] yErr() {
        return yErr == null ? null : yErr.clone();
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** The standard error of point i, or NaN without error bars. */
    public double yErr(int i) {
        return yErr == null ? Double.NaN : yErr[i];
    }

    public boolean hasErrors() {
        return yErr != null;
    }
}
