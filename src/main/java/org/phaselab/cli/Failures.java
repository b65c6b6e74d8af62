package org.phaselab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.phaselab.export.ExportException;
import org.phaselab.preset.PresetException;
import org.phaselab.progress.CancelledException;
import picocli.CommandLine;

/**
 * The one place where a failure of a command becomes its exit code and its single {@code error:} line: bad input
 * exits 2, I/O exits 3, a spent time budget exits 4 (with a JSON object saying so), anything else 1. No stack trace
 * and no Java class name ever reaches the user; an internal error is also logged once, with its trace, through
 * java.util.logging at FINE (silent unless logging is configured to show it).
 */
final class Failures {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Failures.class.getName());
    /** "java.nio.file.NoSuchFileException: " and the like, as they appear inside library messages. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*");
    /** Any other qualified Java name (java.lang.String) becomes its simple name (String). */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java|javax|jdk|sun)\\.(?:[a-z]\\w*\\.)*([A-Z][\\w$]*)");

    private Failures() {}

    /** Reports the failure on {@code err} (and a JSON object on {@code out} for a spent budget); returns the exit code. */
    static int report(Throwable failure, PrintWriter out, PrintWriter err) {
        Throwable e = unwrap(failure);
        int code = exitCode(e);
        if (e instanceof CancelledException) {
            Json.print(out, TimeBudget.spentJson());
        }
        if (code == ExitCodes.INTERNAL) {
            // FINE: the command line's console shows warnings, and its one line names the exception's class; the
            // contract is one error line without Java names, so the trace is there only where logging asks for it
            LOG.log(java.util.logging.Level.FINE, "command failed", e);
        }
        err.println("error: " + message(e));
        err.flush();
        return code;
    }

    static int exitCode(Throwable e) {
        if (e instanceof BadInputException || e instanceof CommandLine.ParameterException
                || e instanceof IllegalArgumentException || e instanceof OutOfMemoryError) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof PresetException p) {
            return p.unreadable() ? ExitCodes.IO_ERROR : ExitCodes.BAD_INPUT;
        }
        if (e instanceof ExportException || e instanceof IOException || e instanceof UncheckedIOException) {
            return ExitCodes.IO_ERROR;
        }
        if (e instanceof CancelledException) {
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.INTERNAL;
    }

    /** One line for people: the exception's own message without class names, or what happened in words. */
    static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory for this request (" + Limits.heapMegabytes() + " MB of heap);"
                    + " use smaller sizes, or give Java more memory (java -Xmx...)";
        }
        if (e instanceof CancelledException) {
            return TimeBudget.SPENT;
        }
        if (e instanceof StackOverflowError) {
            return "internal error: the computation recursed too deeply";
        }
        String m = e.getMessage();
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            m = e.getCause().getMessage();
        }
        if (m == null || m.isBlank()) {
            m = "(no details)";
        }
        m = QUALIFIED.matcher(CLASS_PREFIX.matcher(m).replaceAll("")).replaceAll("$1").replace('\n', ' ').replace('\r', ' ').strip();
        if (m.isEmpty()) {
            m = "(no details)";
        }
        return exitCode(e) == ExitCodes.INTERNAL ? "internal error: " + m : m;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof CommandLine.ExecutionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
