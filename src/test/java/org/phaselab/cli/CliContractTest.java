package org.phaselab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failure paths of the README's command-line contract, one behaviour each; {@link CliFuzzTest} samples the rest. */
class CliContractTest {
    private static final String BAD_PARAMETER = "{\"title\":\"t\",\"panel\":\"theory\",\"parameters\":{\"le_alpha\":-1}}";

    private static String[] report(Throwable failure, int[] exit) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        exit[0] = Failures.report(failure, new PrintWriter(out), new PrintWriter(err));
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void outOfMemoryAndInternalErrorsEndInOneLineWithoutClassNames() {
        int[] exit = new int[1];
        String[] oom = report(new OutOfMemoryError("Java heap space"), exit);
        assertEquals(ExitCodes.BAD_INPUT, exit[0]);
        assertTrue(oom[1].startsWith("error: not enough memory") && oom[1].lines().count() == 1, oom[1]);
        String[] npe = report(new NullPointerException("Cannot invoke \"java.lang.String.length()\" because \"s\" is null"), exit);
        assertEquals(ExitCodes.INTERNAL, exit[0]);
        assertTrue(npe[1].startsWith("error: internal error: ") && !npe[1].contains("java."), npe[1]);
        String[] io = report(new UncheckedIOException(new NoSuchFileException("/x/y")), exit);
        assertEquals(ExitCodes.IO_ERROR, exit[0]);
        assertEquals("error: /x/y\n", io[1].replace("\r", ""));
        String[] solver = report(new IllegalArgumentException("java.lang.IllegalArgumentException: alpha must be > 0"), exit);
        assertEquals(ExitCodes.BAD_INPUT, exit[0]);
        assertEquals("error: alpha must be > 0\n", solver[1].replace("\r", ""));
    }

    @Test
    void outputPathsAreCheckedBeforeThePresetIsComputed(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), BAD_PARAMETER);
        CliRun missingFolder = CliRun.of("render", bad.toString(), "--out", dir.resolve("no/such/x.png").toString())
                .assertContract("missing folder");
        assertEquals(ExitCodes.IO_ERROR, missingFolder.exit(), "the folder is refused before the bad parameter is found");
        assertTrue(missingFolder.err().contains("does not exist"), missingFolder.err());
        CliRun extension = CliRun.of("render", bad.toString(), "--out", dir.resolve("x.gif").toString()).assertContract(".gif");
        assertEquals(ExitCodes.BAD_INPUT, extension.exit());
        assertTrue(extension.err().startsWith("error: --out: ") && extension.err().contains(".gif"), extension.err());
    }

    @Test
    void aBlockedBundleLeavesTheExistingFigureAsItWas(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("fig.svg"), "old figure");
        Path blocker = Files.writeString(dir.resolve("bundle"), "a file, not a folder");
        CliRun run = CliRun.of("render", "presets/capacity.json", "--out", out.toString(), "--bundle", blocker.toString())
                .assertContract("bundle blocked");
        assertEquals(ExitCodes.IO_ERROR, run.exit());
        assertEquals("old figure", Files.readString(out));
        assertEquals("a file, not a folder", Files.readString(blocker));
    }

    @Test
    void aBundleIntoAFolderThatHoldsFilesNeedsForce(@TempDir Path dir) throws IOException {
        Path bundle = Files.createDirectory(dir.resolve("bundle"));
        Path notes = Files.writeString(bundle.resolve("data.csv"), "my own data");
        Path out = dir.resolve("fig.svg");
        CliRun refused = CliRun.of("render", "presets/capacity.json", "--out", out.toString(), "--bundle", bundle.toString())
                .assertContract("non-empty bundle");
        assertEquals(ExitCodes.IO_ERROR, refused.exit());
        assertTrue(refused.err().contains("not empty") && refused.err().contains("--force"), refused.err());
        assertEquals("my own data", Files.readString(notes));
        assertFalse(Files.exists(out), "nothing is written when the bundle is refused");
        CliRun forced = CliRun.of("render", "presets/capacity.json", "--out", out.toString(), "--bundle", bundle.toString(), "--force")
                .assertContract("forced bundle");
        assertEquals(ExitCodes.OK, forced.exit(), forced.err());
        assertTrue(Files.readString(notes).startsWith("#") || Files.readString(notes).contains(","), "data.csv replaced");
    }

    @Test
    void aSpentTimeBudgetExitsFourWithJson() {
        CliRun run = CliRun.of("jam", "--p", "3000", "--d", "20", "--depth", "2", "--width", "60", "--max-steps", "1000000",
                "--max-seconds", "0.2").assertContract("budget");
        assertEquals(ExitCodes.NOT_CONVERGED, run.exit(), run.err());
        assertFalse(run.json().get("converged").asBoolean());
        assertTrue(run.err().contains("--max-seconds"), run.err());
    }

    @Test
    void anEmptyDistanceListIsBadInputAndAnUnconvergedPointExitsFour() {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("theory", "local-entropy", "--alpha", "0.5", "--d", ",")
                .assertContract("empty --d").exit());
        // a distance below the smallest solved (the march from d* would take minutes) is refused as input
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("theory", "local-entropy", "--alpha", "0.5", "--d", "4.9e-324")
                .assertContract("d = 4.9e-324").exit());
        // around a typical reference the students freeze below d ~ 5e-4: no RS solution there, an honest non-convergence
        CliRun unconverged = CliRun.of("theory", "local-entropy", "--alpha", "0.5", "--kappa-ref", "0", "--d", "1e-6")
                .assertContract("d = 1e-6 around a typical reference");
        assertEquals(ExitCodes.NOT_CONVERGED, unconverged.exit(), unconverged.out());
        assertTrue(unconverged.json().get("points").get(0).get("reason").asText().contains("freeze"), unconverged.out());
        assertFalse(unconverged.json().get("points").get(0).get("converged").asBoolean());
    }

    @Test
    void anUnwritableTemporaryFolderIsAnIoErrorNamingThePath(@TempDir Path dir) throws IOException {
        Path folderAsOut = Files.createDirectory(dir.resolve("fig.png"));
        CliRun run = CliRun.of("render", "presets/capacity.json", "--out", folderAsOut.toString()).assertContract("folder as out");
        assertEquals(ExitCodes.IO_ERROR, run.exit());
        assertTrue(run.err().contains(folderAsOut.toString()) && run.err().contains("folder"), run.err());
    }

    @Test
    void aPresetAndTheCommandRefuseTheSameLocalEntropyPointWithTheSameMessage(@TempDir Path dir) throws IOException {
        // alpha = 0.5, kappa = 0.5: beyond kappa_max(0.5) = 0.418, below alpha_GD; the solve used to run for over a minute
        Path preset = Files.writeString(dir.resolve("le.json"),
                "{\"title\":\"t\",\"panel\":\"theory\",\"figure\":\"local-entropy\",\"parameters\":{\"le_alpha\":0.5,\"le_kappa\":0.5}}");
        CliRun render = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                CliRun.of("render", preset.toString(), "--out", dir.resolve("le.svg").toString()).assertContract("render"));
        CliRun command = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                CliRun.of("theory", "local-entropy", "--alpha", "0.5", "--kappa", "0.5", "--d", "0.1").assertContract("command"));
        assertEquals(ExitCodes.BAD_INPUT, render.exit());
        assertEquals(ExitCodes.BAD_INPUT, command.exit());
        String message = command.err().strip().substring("error: ".length());
        assertTrue(message.startsWith("no typical solutions at load alpha = 0.5 with margin kappa = 0.5")
                && message.contains("kappa_max(alpha) = 0.418"), message);
        assertTrue(render.err().contains(message), render.err());
        assertFalse(Files.exists(dir.resolve("le.svg")));
        CliRun beyondGd = CliRun.of("theory", "local-entropy", "--alpha", "0.5", "--kappa", "3", "--d", "0.1").assertContract("gd");
        assertEquals(ExitCodes.BAD_INPUT, beyondGd.exit());
        assertTrue(beyondGd.err().contains("alpha must be below alpha_GD(kappa)"), beyondGd.err());
    }
}
