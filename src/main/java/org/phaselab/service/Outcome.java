package org.phaselab.service;

/** How a request ended: a value, a failure with a message for people, or cancelled (superseded). */
public sealed interface Outcome<R> {
    /** Finished with a value; {@code seconds} is the wall time of the computation. */
    record Done<R>(R value, double seconds) implements Outcome<R> {}

    /** Failed; the message is for the status line, never a stack trace. */
    record Failed<R>(String message) implements Outcome<R> {}

    /** Stopped before the end (a newer request superseded it, or the user cancelled). */
    record Cancelled<R>() implements Outcome<R> {}
}
