package org.phaselab.service;

import org.phaselab.progress.Monitor;

/** A piece of background work: theory curves, a training run. Reports progress and stops when asked. */
@FunctionalInterface
public interface Computation<R> {
    R compute(Monitor monitor) throws Exception;
}
