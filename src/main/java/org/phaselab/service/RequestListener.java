package org.phaselab.service;

/** Receives progress and the outcome of the newest request, on the delivery executor (the FX thread in the app). */
public interface RequestListener<R> {
    void onProgress(double fraction);

    void onOutcome(Outcome<R> outcome);

    /**
     * A coarse result of the newest request, delivered before its outcome when the request has a preview (see
     * {@link LatestWinsService#submit(Computation, Computation, RequestListener)}); the outcome replaces it.
     */
    default void onPreview(R preview) {}
}
