package org.phaselab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The folder tree is the architecture: model packages stay free of the view, one way through. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/phaselab");

    private static List<Path> sources(String pkg) {
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> offenders(List<Path> files, String forbidden) {
        return files.stream().filter(p -> {
            try {
                return Files.readString(p).lines().anyMatch(l -> l.contains(forbidden) && !l.trim().startsWith("*") && !l.trim().startsWith("//"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
    }

    @Test
    void modelPackagesDoNotImportJavaFx() {
        for (String pkg : List.of("theory", "training", "service", "export")) {
            List<String> bad = offenders(sources(pkg), "import javafx.");
            assertTrue(bad.isEmpty(), pkg + " must stay free of JavaFX: " + bad);
        }
    }

    @Test
    void theoryAndTrainingDoNotDependOnOuterLayers() {
        for (String pkg : List.of("theory", "training")) {
            for (String outer : List.of("org.phaselab.ui", "org.phaselab.service", "org.phaselab.cli", "org.phaselab.export")) {
                List<String> bad = offenders(sources(pkg), "import " + outer);
                assertTrue(bad.isEmpty(), pkg + " must not import " + outer + ": " + bad);
            }
        }
    }

    @Test
    void viewsDoNotComputePhysics() {
        List<String> bad = offenders(sources("ui"), "import org.phaselab.theory.numerics");
        assertTrue(bad.isEmpty(), "ui must not reach into theory.numerics: " + bad);
    }

    @Test
    void onlyTheCommandLineWritesToStdout() {
        for (String pkg : List.of("theory", "training", "service", "export", "ui")) {
            List<String> bad = offenders(sources(pkg), "System.out");
            assertTrue(bad.isEmpty(), pkg + " must not print to stdout: " + bad);
        }
    }
}
