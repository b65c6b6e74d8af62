package org.phaselab.export.writer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phaselab.export.ExportException;

/**
 * Writes files all or nothing. {@link #write} writes one file into a temporary file in the same folder, then renames
 * it atomically over the target; a {@link Batch} writes several files to temporaries first and renames them only when
 * all were written. On any failure the temporaries are removed, existing targets are left as they were, and one
 * {@link ExportException} names the path and the reason. A temporary is named {@code .NAME.PID.RANDOM.tmp}: one left
 * by a killed process (whose PID is gone) is removed on the next write of the same target.
 */
public final class AtomicFile {
    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(\\d+)\\.\\d+\\.tmp");

    private AtomicFile() {}

    public static void write(Path target, Content content) throws ExportException {
        try (Batch batch = new Batch()) {
            batch.stage(target, content);
            batch.commit();
        }
    }

    /** Throws unless {@code target} could be written: not a folder, in an existing folder that is writable. */
    public static void check(Path target) throws ExportException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new ExportException("Cannot write " + abs + ": it is a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("Cannot write " + abs + ": folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("Cannot write " + abs + ": permission denied in " + dir);
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new ExportException("Cannot write " + abs + ": the existing file is read-only");
        }
    }

    /**
     * Files written together: {@link #stage} writes each to a temporary, {@link #commit} renames them all into place,
     * {@link #close} removes whatever was not committed.
     */
    public static final class Batch implements AutoCloseable {
        private record Staged(Path temporary, Path target) {}

        private final List<Staged> staged = new ArrayList<>();

        /** Writes {@code content} to a temporary beside {@code target}; the target is not touched yet. */
        public void stage(Path target, Content content) throws ExportException {
            check(target);
            Path abs = target.toAbsolutePath().normalize();
            Path dir = abs.getParent();
            removeStaleTemporaries(dir, abs.getFileName().toString());
            Path tmp = null;
            try {
                tmp = Files.createTempFile(dir, "." + abs.getFileName() + "." + PID + ".", ".tmp");
                staged.add(new Staged(tmp, abs));
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    content.writeTo(out);
                }
                keepPermissions(tmp, abs);
            } catch (IOException e) {
                throw new ExportException("Cannot write " + abs + ": " + reason(e), e);
            }
        }

        /** Renames every staged file over its target. */
        public void commit() throws ExportException {
            while (!staged.isEmpty()) {
                Staged s = staged.get(0);
                try {
                    try {
                        Files.move(s.temporary(), s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(s.temporary(), s.target(), StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new ExportException("Cannot write " + s.target() + ": " + reason(e), e);
                }
                staged.remove(0);
            }
        }

        /** Removes the temporaries that were not committed. */
        @Override
        public void close() {
            for (Staged s : staged) {
                try {
                    Files.deleteIfExists(s.temporary());
                } catch (IOException ignored) {
                    // a hidden temporary; the next write of the same target removes it
                }
            }
            staged.clear();
        }
    }

    /** Removes {@code .NAME.PID.RANDOM.tmp} files in {@code dir} whose process is gone (a killed earlier run). */
    static void removeStaleTemporaries(Path dir, String name) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + escapeGlob(name) + ".*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMPORARY.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).equals(name) && !alive(Long.parseLong(m.group(2)))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // cleaning up is a courtesy; the write itself reports its own errors
        }
    }

    private static boolean alive(long pid) {
        return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String escapeGlob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** A temporary file is private (rw-------); the result gets the old file's or the usual rw-r--r--. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "folder does not exist";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "write failed" : e.getMessage();
    }
}
