package org.phaselab.service.theory;

/**
 * How finely a request is computed. FULL: every point asked for, saddle points solved to the careful tolerance.
 * PREVIEW: a coarse version for the moment a slider moves (fewer points, a looser tolerance, values good to ~1e-6),
 * delivered first and replaced by the FULL one; results say which they are, and figures draw previews as such.
 */
public enum Fidelity {
    FULL, PREVIEW
}
