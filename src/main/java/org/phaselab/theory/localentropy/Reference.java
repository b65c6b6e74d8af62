package org.phaselab.theory.localentropy;

import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;

/**
 * The reference solutions of the Franz-Parisi construction: typical solutions of margin kappaRef at load alpha,
 * described by their RS overlap q and conjugate qHat (THEORY.md sections 1 and 3).
 */
public record Reference(double alpha, double kappaRef, double q, double qHat) {

    /** The reference state from the storage saddle at (alpha, kappaRef); throws if that saddle was not found. */
    public static Reference of(double alpha, double kappaRef) {
        StoragePoint p = new BinaryStorage().solve(alpha, kappaRef);
        if (!p.converged()) {
            throw new IllegalArgumentException("no RS reference state at alpha = " + alpha + ", kappaRef = " + kappaRef);
        }
        return new Reference(alpha, kappaRef, p.q(), p.qHat());
    }
}
