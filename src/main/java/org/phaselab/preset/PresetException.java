package org.phaselab.preset;

/** A preset that cannot be used: the message names the file, the field and the problem. */
public final class PresetException extends Exception {
    public PresetException(String message) {
        super(message);
    }

    public PresetException(String message, Throwable cause) {
        super(message, cause);
    }

    static PresetException field(String source, String field, String problem) {
        return new PresetException(source + ": field '" + field + "': " + problem);
    }
}
