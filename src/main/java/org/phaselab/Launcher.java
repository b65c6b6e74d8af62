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
        if (args.length == 0 || args[0].equals("app")) {
            // "app [PRESET.json]" opens the app on a preset file instead of the default scene
            String[] appArgs = args.length > 1 ? new String[]{args[1]} : new String[0];
            javafx.application.Application.launch(org.phaselab.ui.app.PhaseLabApp.class, appArgs);
            return;
        }
        System.exit(PhaseLabCommand.run(args));
    }
}
