package org.phaselab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The export package serves the UI and the command line, so it must not need JavaFX or print. */
class ExportArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/org/phaselab/export");

    @Test
    void exportImportsNoJavaFxAndDoesNotPrint() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(ROOT)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 10, "found the sources: " + sources.size());
        List<String> offenders = sources.stream().filter(p -> {
            try {
                String code = Files.readString(p);
                return code.contains("import javafx") || code.contains("System.out") || code.contains("System.err");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }
}
