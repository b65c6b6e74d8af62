package org.phaselab.ui.app;

import java.util.Locale;

/**
 * Whether a window can open here, asked before JavaFX is started (which would otherwise fail with a stack trace):
 * on Linux a display (DISPLAY or WAYLAND_DISPLAY), unless JavaFX runs headless on Monocle, which then must be on the
 * class path.
 */
final class Display {
    private Display() {}

    static void check(boolean snapshot) {
        boolean monocle = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        if (monocle) {
            try {
                Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            } catch (ClassNotFoundException e) {
                throw new PhaseLabApp.StartFailure("-Dglass.platform=Monocle needs openjfx-monocle on the class path "
                        + "(java -cp target/phaselab.jar:openjfx-monocle-17.0.10.jar org.phaselab.Launcher app ...)", 2);
            }
            return;
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            throw new PhaseLabApp.StartFailure("no display to open the window on (DISPLAY is not set): start it from a desktop "
                    + "or under xvfb-run" + (snapshot ? ", or snapshot headless with -Dglass.platform=Monocle "
                    + "-Dmonocle.platform=Headless -Dprism.order=sw and openjfx-monocle on the class path" : ""), 2);
        }
    }

    /**
     * Monocle's headless screen is 1280x800 unless told otherwise, and a larger window overflows its buffer: make it
     * as large as the window.
     */
    static void fitHeadlessScreen(int width, int height) {
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform")) && System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
