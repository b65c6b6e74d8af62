package org.phaselab;

import org.phaselab.cli.PhaseLabCommand;

/**
 * Entry point of the jar. With no arguments it opens the desktop app; with a command it
 * works headless and prints JSON. A plain class (not an Application subclass) so that the
 * fat jar starts JavaFX from the classpath.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(org.phaselab.ui.app.PhaseLabApp.class, args);
            return;
        }
        System.exit(PhaseLabCommand.run(args));
    }
}
