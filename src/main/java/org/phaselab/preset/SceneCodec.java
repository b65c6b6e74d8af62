package org.phaselab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes one panel's parameters in a preset, checking names and ranges. */
public interface SceneCodec<S> {
    String panel();

    /** Decodes and validates; unknown or out-of-range fields are errors that name the field. */
    S decode(ObjectNode parameters, String source) throws PresetException;

    ObjectNode encode(S scene);
}
