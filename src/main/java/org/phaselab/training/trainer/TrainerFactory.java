package org.phaselab.training.trainer;

import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.UnitData;

/** Builds a trainer for a student architecture on bound training data, with a seed. */
@FunctionalInterface
public interface TrainerFactory {
    Trainer create(Architecture student, UnitData train, long seed);
}
