package org.phaselab;

import java.util.Optional;
import java.nio.file.Path;
import org.phaselab.cli.AppCommand;
import org.phaselab.cli.PhaseLabCommand;
import org.phaselab.ui.app.PhaseLabApp;
import org.phaselab.ui.app.StartOptions;

/**
 * Entry point of the jar. With no arguments it opens the desktop app; with a command it works headless and prints
 * JSON ({@code app} opens the window, see {@code --help}). A plain class (not an Application subclass) so that the fat
 * jar starts JavaFX from the classpath. Sets up logging first: one line per warning on the console, and for the app a
 * log file.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        String[] command = args.length == 0 ? new String[]{"app"} : args;
        boolean app = command[0].equals("app");
        Optional<Path> logFile = app ? Logging.forApp() : Optional.empty();
        if (!app) {
            Logging.forCommandLine();
        }
        System.exit(PhaseLabCommand.run(r -> openWindow(r, logFile), command));
    }

    private static int openWindow(AppCommand.Request r, Optional<Path> logFile) throws AppCommand.CannotStart {
        try {
            return PhaseLabApp.run(new StartOptions(r.preset(), r.lecture(), r.width(), r.height(), r.snapshot(),
                    r.timeoutSeconds(), logFile));
        } catch (PhaseLabApp.StartFailure e) {
            throw new AppCommand.CannotStart(e.getMessage(), e.exitCode());
        }
    }
}
