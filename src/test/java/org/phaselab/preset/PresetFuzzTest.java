package org.phaselab.preset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.phaselab.FuzzSample;

/**
 * Random mutations of every shipped preset, read and decoded as the app's Open and {@code render} do: each either
 * gives a scene or a {@link PresetException} whose message is one line naming the file, short, without Java class
 * names; nothing else escapes (no NullPointerException, no Jackson exception, no Error) and nothing hangs.
 * {@code CliFuzzTest} sends a few of them through {@code render} for the whole command-line contract.
 */
class PresetFuzzTest {
    @Test
    void everyMutationOfAShippedPresetIsASceneOrAOneLineMessage() throws Exception {
        Random random = FuzzSample.random("preset");
        List<Path> presets = PresetMutations.shipped();
        int cases = FuzzSample.cases(240);
        int refused = 0;
        for (int i = 0; i < cases; i++) {
            Path preset = presets.get(i % presets.size());
            PresetMutations.Mutant m = PresetMutations.mutate(Files.readString(preset), random);
            String context = "case " + i + ", " + preset.getFileName() + ": " + m.what();
            refused += assertTimeoutPreemptively(Duration.ofSeconds(20), () -> decode(m.text(), context), context) ? 0 : 1;
        }
        assertTrue(refused > cases / 3 && refused < cases, "the mutations reach both outcomes: " + refused + " of " + cases);
    }

    /** True if the text made a scene (and a known figure); false if it was refused in the expected way. */
    private static boolean decode(String text, String context) {
        try {
            PresetFigures.check(PresetReader.parse(text, "p.json"));
            return true;
        } catch (PresetException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith("p.json"), context + " -> " + message);
            assertShort(message, context);
            return false;
        } catch (RuntimeException | Error e) {
            fail(context + " -> " + e, e);
            return false;
        }
    }

    private static void assertShort(String message, String context) {
        assertFalse(message.contains("\n") || message.contains("\r"), context + " -> " + message);
        assertFalse(message.contains("java.") || message.contains("Exception") || message.contains("com.fasterxml"),
                context + " -> " + message);
        assertTrue(message.length() < 600, context + " -> a message of " + message.length() + " characters");
    }
}
