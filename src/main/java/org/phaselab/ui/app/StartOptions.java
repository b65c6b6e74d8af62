package org.phaselab.ui.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the window opens.
 *
 * @param preset         a preset file to open instead of the default scene, or null
 * @param lecture        start in lecture mode
 * @param width          content width in pixels
 * @param height         content height in pixels
 * @param snapshot       write a PNG of the window here once the plots are drawn, then exit; null to stay open
 * @param timeoutSeconds how long a snapshot may wait for the plots
 * @param logFile        where uncaught exceptions are written (for the dialog that reports them), if anywhere
 */
public record StartOptions(Path preset, boolean lecture, int width, int height, Path snapshot, int timeoutSeconds,
                           Optional<Path> logFile) {
    public static final StartOptions DEFAULT = new StartOptions(null, false, 1440, 900, null, 600, Optional.empty());
}
