package org.phaselab.export.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaselab.export.ExportException;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "old");
        AtomicFile.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void failureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "old");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFile.write(f, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("No space left"), e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void missingFolderIsNamed() {
        Path f = dir.resolve("nowhere").resolve("a.txt");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFile.write(f, out -> out.write(1)));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFolderInTheWayIsNamedAndKept() throws Exception {
        Path f = Files.createDirectory(dir.resolve("fig.pdf"));
        Files.writeString(f.resolve("inside.txt"), "keep");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFile.write(f, out -> out.write(1)));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("folder"), e.getMessage());
        assertEquals("keep", Files.readString(f.resolve("inside.txt")));
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aBatchReplacesNothingWhenOneOfItsFilesFails() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "old a");
        Path b = Files.writeString(dir.resolve("b.txt"), "old b");
        try (AtomicFile.Batch batch = new AtomicFile.Batch()) {
            batch.stage(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
            assertThrows(ExportException.class, () -> batch.stage(b, out -> {
                throw new IOException("disk full");
            }));
        }
        assertEquals("old a", Files.readString(a));
        assertEquals("old b", Files.readString(b));
        assertEquals(List.of(a, b), listing());
    }

    @Test
    void aTemporaryLeftByAKilledProcessIsRemovedOnTheNextWrite() throws Exception {
        long gone = Long.MAX_VALUE - 1; // no such process
        Path stale = Files.writeString(dir.resolve(".fig.png." + gone + ".12345.tmp"), "half a png");
        Path other = Files.writeString(dir.resolve(".other.png." + gone + ".1.tmp"), "another target's");
        Path mine = Files.writeString(dir.resolve(".fig.png." + ProcessHandle.current().pid() + ".7.tmp"), "being written");
        Path fig = dir.resolve("fig.png");
        AtomicFile.write(fig, out -> out.write(1));
        assertTrue(Files.exists(fig));
        assertTrue(Files.notExists(stale), "the killed run's temporary is gone");
        assertTrue(Files.exists(other) && Files.exists(mine), "other targets' and live processes' temporaries are kept");
    }
}
