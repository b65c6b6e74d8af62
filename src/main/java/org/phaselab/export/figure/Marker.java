package org.phaselab.export.figure;

/**
 * A labelled vertical line at a transition or threshold.
 *
 * @param x     position on the x axis
 * @param label LaTeX label, e.g. {@code "\\alpha_c = 0.833"}
 * @param kind  what sort of line it is (drawn differently)
 */
public record Marker(double x, String label, Kind kind) {
    /** The sort of transition line. */
    public enum Kind { TRANSITION, SPINODAL, REFERENCE, CURSOR }
}
