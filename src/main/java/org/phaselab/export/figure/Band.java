package org.phaselab.export.figure;

/** A shaded interval of the x axis, e.g. the gap between two transitions, or a literature range. */
public record Band(double from, double to, String label) {}
