package org.phaselab.cli;

/** A parameter the user gave is out of range or malformed; the message is shown as is. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
