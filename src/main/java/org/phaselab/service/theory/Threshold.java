package org.phaselab.service.theory;

/**
 * A transition located by root finding.
 *
 * @param label     LaTeX label, e.g. "\\alpha_c(\\kappa=0)"
 * @param value     where it lies (NaN if not found)
 * @param converged whether the root finder converged
 * @param criterion in words, what defines it
 */
public record Threshold(String label, double value, boolean converged, String criterion) {}
