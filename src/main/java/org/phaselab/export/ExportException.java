package org.phaselab.export;

/** An export that could not be done, with a message for people (names the file and the reason). */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
