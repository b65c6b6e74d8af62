package org.phaselab.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Finished slow results kept across sessions (reopening the app shows them at once): one small text file per key in
 * a folder, named by the SHA-256 of the key, whose first line is the key itself (a file whose first line differs, or
 * that cannot be read, counts as absent). Keys must name the parameters and the version of the code that computed
 * the value. Files are written atomically (a temporary file, then a move); at most {@value #MAX_ENTRIES} are kept, the
 * least recently written going first. The folder is ~/.phaselab/cache unless the system property
 * {@value #DIRECTORY_PROPERTY} names another (tests point it into target/). Any IO failure makes the cache a no-op
 * for that call: it never fails a computation.
 */
public final class ResultCache {
    public static final String DIRECTORY_PROPERTY = "phaselab.cache.dir";
    static final int MAX_ENTRIES = 500;
    private final Path directory;

    public ResultCache(Path directory) {
        this.directory = directory;
    }

    /** The user's cache: {@value #DIRECTORY_PROPERTY} or ~/.phaselab/cache. */
    public static ResultCache inUserFolder() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return new ResultCache(dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".phaselab", "cache"));
    }

    public Path directory() {
        return directory;
    }

    /** The value stored under key, if any and readable. */
    public Optional<String> get(String key) {
        Path file = directory.resolve(fileName(key));
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline < 0 || !text.substring(0, newline).equals(key)) {
                return Optional.empty();
            }
            return Optional.of(text.substring(newline + 1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores the value under key (atomically; silently not at all if the folder cannot be written). */
    public void put(String key, String value) {
        if (key.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a cache key is one line");
        }
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(fileName(key));
            Path temporary = Files.createTempFile(directory, "entry", ".tmp");
            Files.writeString(temporary, key + "\n" + value, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            trim();
        } catch (IOException | RuntimeException e) {
            // a cache that cannot write is only slower
        }
    }

    /** Deletes the oldest entries beyond MAX_ENTRIES. */
    private void trim() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.txt")) {
            files.forEach(entries::add);
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.sort(Comparator.comparing(ResultCache::modified));
        for (Path p : entries.subList(0, entries.size() - MAX_ENTRIES)) {
            Files.deleteIfExists(p);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String fileName(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + ".txt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
