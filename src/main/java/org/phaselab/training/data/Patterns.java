package org.phaselab.training.data;

import org.phaselab.training.net.BinaryWeights;

/** P input patterns of dimension n; the field of a binary weight vector on pattern mu. */
public interface Patterns {
    int count();

    int dimension();

    /** {@code sum_i w_i xi_{mu i}}. */
    double field(int mu, BinaryWeights w);

    /** The entry {@code xi_{mu i}}. */
    double entry(int mu, int i);

    /** {@code target_i += scale xi_{mu i}} for all i (caller-owned target of length n). */
    void addScaled(int mu, double scale, double[] target);

    /** The columns [from, from + length) of every pattern, as new patterns (a tree's receptive field). */
    Patterns slice(int from, int length);

    /** True when entries are +-1 (integer fields, packed forward pass). */
    boolean binary();
}
