package org.phaselab.service.deep;

import org.phaselab.training.deep.GammaSweep;

/** A training sweep of gamma up and one down, same data, same net shape (down continues from its own fresh start). */
public record SweepPair(GammaSweep.Result up, GammaSweep.Result down) {
    public int depth() {
        return up.spec().depth();
    }
}
