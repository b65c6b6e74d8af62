package org.phaselab.training.trainer;

import org.phaselab.training.net.Network;

/** A learning algorithm that advances by sweeps. Implementations are seeded and single-threaded. */
public interface Trainer {
    /** One sweep (epoch) over the training set. */
    void step();

    /** Back to the initial weights and the start of the same random stream. */
    void reset();

    /** Sweeps done since construction or the last reset. */
    int epoch();

    /** The current binary network (a live view: copy it to keep it). */
    Network network();

    /** Hamming distances (fraction of weights) of each replica to the center; empty if not replicated. */
    default double[] replicaDistances() {
        return new double[0];
    }
}
