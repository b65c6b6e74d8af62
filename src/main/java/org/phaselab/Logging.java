package org.phaselab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging for the jar, set up once by {@link Launcher}: warnings reach the console as one line each, never
 * with a stack trace (the command line's contract); the app also writes a rotating, size-bounded log file with the
 * full detail, in {@code ~/.phaselab/logs} or the folder the system property {@value #DIR_PROPERTY} names (tests).
 */
public final class Logging {
    /** System property naming the log folder (default: {@code ~/.phaselab/logs}). */
    public static final String DIR_PROPERTY = "phaselab.logDir";
    /** The log files' name in that folder: the current one is {@code phaselab.log.0}, older ones {@code .1}, {@code .2}. */
    public static final String FILE = "phaselab.log";
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 3;

    private Logging() {}

    /** The folder the app writes its log into. */
    public static Path directory() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".phaselab", "logs");
    }

    /** The command line: the console handler prints warnings as one line, without stack traces. */
    public static void forCommandLine() {
        Logger root = resetRoot();
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new OneLine());
        // JavaFX warns at every start of the fat jar that it runs from the class path: for the log file, not the console
        console.setFilter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue() || r.getLoggerName() == null
                || !r.getLoggerName().startsWith("javafx"));
        root.addHandler(console);
    }

    /**
     * The app: the command line's console, plus the log file with stack traces. Returns the log file, or empty if its
     * folder cannot be written (then a one-line warning says so and the app runs without a file).
     */
    public static Optional<Path> forApp() {
        forCommandLine();
        Path dir = directory();
        try {
            Files.createDirectories(dir);
            FileHandler file = new FileHandler(dir.resolve(FILE).toString().replace("%", "%%") + ".%g", LIMIT_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            file.setEncoding("UTF-8");
            Logger.getLogger("").addHandler(file);
            return Optional.of(dir.resolve(FILE + ".0"));
        } catch (IOException | RuntimeException e) {
            Logger.getLogger("org.phaselab").warning("no log file: cannot write " + dir + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private static Logger resetRoot() {
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.setLevel(Level.INFO);
        return root;
    }

    /** "warning: message" on one line; a throwable adds its own one-line description, never its stack. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            String message = formatMessage(r);
            Throwable t = r.getThrown();
            String cause = t == null ? "" : (message == null || message.isBlank() ? "" : ": ") + t;
            return r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": " + (message == null ? "" : message)
                    + cause + System.lineSeparator();
        }
    }
}
