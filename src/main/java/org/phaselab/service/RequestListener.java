package org.phaselab.service;

/** Receives progress and the outcome of the newest request, on the delivery executor (the FX thread in the app). */
public interface RequestListener<R> {
    void onProgress(double fraction);

    void onOutcome(Outcome<R> outcome);
}
