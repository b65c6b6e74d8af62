package org.phaselab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The training package is pure Java: no JavaFX, no printing, no wall clock or Math.random in models. */
class TrainingImportsTest {

    @Test
    void trainingSourcesStayPure() throws IOException {
        Path root = Path.of("src/main/java/org/phaselab/training");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String text = Files.readString(f);
                    // runners (…Run, …Sweep) time whole runs for reports and budgets; models and trainers never read the clock
                    String name = f.getFileName().toString();
                    boolean runner = name.endsWith("Run.java") || name.endsWith("Sweep.java");
                    return text.contains("import javafx") || text.contains("System.out") || text.contains("Math.random")
                            || (!runner && text.contains("System.nanoTime")) || text.contains("System.currentTimeMillis");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
