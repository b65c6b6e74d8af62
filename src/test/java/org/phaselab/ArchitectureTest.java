package org.phaselab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The folder tree is the architecture: layers import downward only (progress below everything; theory < training <
 * service < export < preset < ui, cli), the model packages stay free of JavaFX, the views do not reach into the
 * theory, and only the command line writes to stdout. Both imports and fully qualified names count.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/phaselab");
    /** Rank of each top-level package: a package may use only packages of lower or equal rank (ui and cli are peers). */
    private static final Map<String, Integer> RANK = Map.of("progress", 0, "theory", 1, "training", 2, "service", 3,
            "export", 4, "preset", 5, "ui", 6, "cli", 6);
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.phaselab\\.(\\w+)");

    private static List<Path> sources(String pkg) {
        Path dir = MAIN.resolve(pkg);
        assertTrue(Files.isDirectory(dir), "package " + pkg + " is missing: the test would pass without looking");
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".java")).toList();
            assertTrue(!files.isEmpty(), "package " + pkg + " has no sources");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Code lines of a file: comments and Javadoc dropped (they may name anything). */
    private static List<String> code(Path p) {
        try {
            String text = Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "");
            return text.lines().map(l -> l.replaceAll("//.*", "")).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> offenders(String pkg, Pattern forbidden) {
        List<String> bad = new ArrayList<>();
        for (Path p : sources(pkg)) {
            for (String line : code(p)) {
                if (forbidden.matcher(line).find()) {
                    bad.add(MAIN.relativize(p) + ": " + line.trim());
                }
            }
        }
        return bad;
    }

    @Test
    void everyTopLevelPackageHasARank() throws IOException {
        try (Stream<Path> s = Files.list(MAIN)) {
            List<String> unranked = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !RANK.containsKey(n)).toList();
            assertEquals(List.of(), unranked, "a new top-level package needs its place in the layers");
        }
    }

    @Test
    void layersUseOnlyLowerLayers() {
        List<String> bad = new ArrayList<>();
        for (var layer : RANK.entrySet()) {
            for (Path p : sources(layer.getKey())) {
                for (String line : code(p)) {
                    Matcher m = REFERENCE.matcher(line);
                    while (m.find()) {
                        Integer used = RANK.get(m.group(1));
                        boolean peer = used != null && used.equals(layer.getValue()) && !m.group(1).equals(layer.getKey());
                        if (used != null && (used > layer.getValue() || peer)) {
                            bad.add(MAIN.relativize(p) + " uses " + m.group(1) + ": " + line.trim());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), bad, "imports must run downward");
    }

    @Test
    void modelPackagesDoNotUseJavaFx() {
        for (String pkg : List.of("progress", "theory", "training", "service", "export", "preset")) {
            assertEquals(List.of(), offenders(pkg, Pattern.compile("\\bjavafx\\.")), pkg + " must stay free of JavaFX");
        }
    }

    @Test
    void viewsDoNotComputePhysics() {
        assertEquals(List.of(), offenders("ui", Pattern.compile("\\borg\\.phaselab\\.theory\\b")),
                "ui must reach the theory through the service layer");
    }

    @Test
    void onlyTheCommandLineWritesToStdout() {
        for (String pkg : List.of("progress", "theory", "training", "service", "export", "preset", "ui")) {
            assertEquals(List.of(), offenders(pkg, Pattern.compile("System\\.out\\b")), pkg + " must not print to stdout");
        }
    }

    @Test
    void theScanSeesFullyQualifiedNames() {
        Matcher m = REFERENCE.matcher("var x = new org.phaselab.ui.app.MainWindow();");
        assertTrue(m.find());
        assertEquals("ui", m.group(1));
    }
}
