package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code app}: listed in --help, its options parsed and checked before a window opens, failures as one line. */
class AppCommandTest {
    private final List<AppCommand.Request> opened = new ArrayList<>();

    private CliRun run(AppCommand.Starter starter, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PhaseLabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), starter, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    private CliRun run(String... args) {
        return run(r -> {
            opened.add(r);
            return 0;
        }, args);
    }

    @Test
    void helpListsTheAppCommand() {
        CliRun r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("app"), r.out());
        assertTrue(r.out().contains("Open the desktop app"), r.out());
    }

    @Test
    void snapshotOptionsReachTheWindow() {
        CliRun r = run("app", "presets/jamming.json", "--lecture", "--size", "1280x720", "--snapshot", "out.png");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(new AppCommand.Request(Path.of("presets/jamming.json"), true, 1280, 720, Path.of("out.png"), 600)),
                opened);
    }

    @Test
    void badSizeIsOneErrorLineAndNoWindow() {
        CliRun r = run("app", "--size", "huge", "--snapshot", "out.png");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: --size must look like 1280x720"), r.err());
        assertEquals(List.of(), opened);
    }

    @Test
    void aWindowThatCannotOpenIsOneErrorLineWithItsExitCode() {
        CliRun r = run(req -> {
            throw new AppCommand.CannotStart("no display to open the window on (DISPLAY is not set)", ExitCodes.BAD_INPUT);
        }, "app");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("error: no display to open the window on (DISPLAY is not set)", r.err().strip());
        assertEquals("", r.out());
    }
}
