package org.phaselab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code app [PRESET.json] [--lecture] [--size WxH] [--snapshot OUT.png]}: opens the desktop window (the jar's default
 * without a command). With {@code --snapshot} it waits until every plot of the preset's panel is drawn or has failed,
 * writes a PNG of the window and exits. The window itself is started by the {@link Starter} the launcher passes in,
 * so the command line stays free of the UI layer.
 */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Open the desktop app (what the jar does without a command), optionally on a preset.",
                "With --snapshot: open the window at --size, wait until every plot of the preset's panel is drawn "
                        + "(or has failed with its message), write a PNG of the window and exit 0; any problem prints "
                        + "one line starting with 'error:' and exits non-zero. Headless: add -Dglass.platform=Monocle "
                        + "-Dmonocle.platform=Headless -Dprism.order=sw with openjfx-monocle on the class path."})
public final class AppCommand implements Callable<Integer> {
    /** What the window should do. */
    public record Request(Path preset, boolean lecture, int width, int height, Path snapshot, int timeoutSeconds) {}

    /** Opens the window; returns the exit code, or throws {@link CannotStart} with a message for people. */
    @FunctionalInterface
    public interface Starter {
        int start(Request request) throws CannotStart;
    }

    /** The window could not open or the snapshot could not be made: one line for stderr and an exit code. */
    public static final class CannotStart extends Exception {
        private final int exitCode;

        public CannotStart(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PRESET.json", description = "a preset to open instead of the default scene")
    Path preset;

    @Option(names = "--lecture", description = "start in lecture mode (large type and lines for a projector)")
    boolean lecture;

    @Option(names = "--size", paramLabel = "WxH", description = "window content size in pixels (default: 1440x900)")
    String size = "1440x900";

    @Option(names = "--snapshot", paramLabel = "OUT.png", description = "write a PNG of the window once the plots are drawn, then exit")
    Path snapshot;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "give up a snapshot after this long (default: 600)")
    int timeoutSeconds = 600;

    private final Starter starter;

    public AppCommand(Starter starter) {
        this.starter = starter;
    }

    @Override
    public Integer call() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{3,5})x(\\d{3,5})").matcher(size);
        if (!m.matches()) {
            throw new BadInputException("--size must look like 1280x720, got '" + size + "'");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 640 || h < 480 || w > 7680 || h > 4320) {
            throw new BadInputException("--size must lie between 640x480 and 7680x4320, got " + size);
        }
        if (timeoutSeconds < 1) {
            throw new BadInputException("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        if (snapshot != null && !snapshot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new BadInputException("--snapshot writes a PNG: the file name must end in .png, got " + snapshot);
        }
        try {
            return starter.start(new Request(preset, lecture, w, h, snapshot, timeoutSeconds));
        } catch (CannotStart e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return e.exitCode();
        }
    }
}
