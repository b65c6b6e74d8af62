package org.phaselab.preset;

/**
 * A preset that cannot be used: the message names the file, the field and the problem. {@link #unreadable()} says
 * whether the file could not be read at all (missing, a folder, a symlink loop, no permission): an I/O failure,
 * not a bad preset.
 */
public final class PresetException extends Exception {
    private final boolean unreadable;

    public PresetException(String message) {
        this(message, null, false);
    }

    public PresetException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private PresetException(String message, Throwable cause, boolean unreadable) {
        super(message, cause);
        this.unreadable = unreadable;
    }

    /** The file could not be read; the message says why in words (no such file, is a folder, ...). */
    public static PresetException unreadable(String message, Throwable cause) {
        return new PresetException(message, cause, true);
    }

    public boolean unreadable() {
        return unreadable;
    }

    static PresetException field(String source, String field, String problem) {
        return new PresetException(source + ": field '" + field + "': " + problem);
    }
}
