package org.phaselab.training.net;

import org.phaselab.training.data.Patterns;

/** A data set as the K hidden units of an {@link Architecture} see it: one pattern view per unit. */
public record UnitData(Patterns[] units, byte[] labels) {
    public int size() {
        return labels.length;
    }

    public int k() {
        return units.length;
    }

    public boolean binary() {
        return units[0].binary();
    }
}
