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
            return s.toList();
        }
    }
}
