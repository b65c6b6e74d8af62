package org.phaselab.ui.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * The default handler of uncaught exceptions (any thread, the FX thread's event handlers included): each one is
 * logged with its stack trace (the log file; one line on the console) and, in the window, reported in one dialog
 * that says where the details are. Several in a row update the dialog instead of stacking dialogs. A snapshot run
 * shows no dialog; it asks {@link #count()} and fails.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger("org.phaselab.ui");
    private final Optional<Path> logFile;
    private final boolean dialogs;
    private int count;
    private Throwable first;
    private Alert dialog;

    CrashReporter(Optional<Path> logFile, boolean dialogs) {
        this.logFile = logFile;
        this.dialogs = dialogs;
    }

    /** Installs a reporter for every thread; call on the FX thread. */
    public static CrashReporter install(Optional<Path> logFile, boolean dialogs) {
        CrashReporter r = new CrashReporter(logFile, dialogs);
        Thread.setDefaultUncaughtExceptionHandler(r);
        Thread.currentThread().setUncaughtExceptionHandler(r);
        return r;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.log(Level.SEVERE, "uncaught exception in thread " + thread.getName(), e);
        synchronized (this) {
            count++;
            if (first == null) {
                first = e;
            }
        }
        if (dialogs) {
            if (Platform.isFxApplicationThread()) {
                show(e);
            } else {
                Platform.runLater(() -> show(e));
            }
        }
    }

    /** How many uncaught exceptions arrived so far. */
    public synchronized int count() {
        return count;
    }

    /** The first one, if any. */
    public synchronized Optional<Throwable> first() {
        return Optional.ofNullable(first);
    }

    /** Where the details go, as a sentence. */
    String whereLogged() {
        return logFile.map(p -> "The details are in " + p + ".").orElse("No log file could be written; the details went to the console.");
    }

    private void show(Throwable e) {
        int n = count();
        if (dialog != null && dialog.isShowing()) {
            dialog.setHeaderText(n + " unexpected errors so far; the latest: " + describe(e));
            return;
        }
        dialog = new Alert(Alert.AlertType.ERROR);
        dialog.setTitle("PhaseLab: unexpected error");
        dialog.setHeaderText("Something went wrong: " + describe(e));
        dialog.setContentText("This is a bug in PhaseLab, not in your input. The window stays usable, but the part that "
                + "failed may show stale results. " + whereLogged());
        TextArea trace = new TextArea(stackTrace(e));
        trace.setEditable(false);
        trace.setPrefRowCount(12);
        dialog.getDialogPane().setExpandableContent(trace);
        dialog.getDialogPane().setId("crash-dialog");
        dialog.show();
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
