package org.phaselab.cli;

/** Exit codes of the command line, by failure kind. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Internal error (a bug): the message says what happened. */
    public static final int INTERNAL = 1;
    /** Bad input: unknown option, out-of-range parameter, malformed file. */
    public static final int BAD_INPUT = 2;
    /** A file could not be read or written. */
    public static final int IO_ERROR = 3;
    /** The computation ran but did not converge; the JSON says which points. */
    public static final int NOT_CONVERGED = 4;

    private ExitCodes() {}
}
