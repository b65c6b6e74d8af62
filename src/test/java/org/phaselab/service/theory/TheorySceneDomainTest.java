package org.phaselab.service.theory;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TheorySceneDomainTest {
    private static TheoryScene scene(double leAlpha, double leKappa) {
        TheoryScene d = TheoryScene.DEFAULT;
        return new TheoryScene(d.kappaTop(), d.curveCount(), d.entropyAlphaMax(), leAlpha, leKappa, d.leKappaRefTop(),
                d.leRefCount(), d.leDMax(), d.tsAlphaMax());
    }

    @Test
    void aSceneWhoseStudentsExistIsAccepted() {
        assertDoesNotThrow(() -> scene(0.5, 0.41)); // kappa_max(0.5) = 0.418
        assertDoesNotThrow(() -> scene(TheoryScene.LE_ALPHA.max(), 0)); // the slider's top is below alpha_c(0) = 0.833
    }

    @Test
    void studentsBeyondKappaMaxAreRefusedAtOnceInsteadOfAMinuteLongSolve() {
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IllegalArgumentException.class, () -> scene(0.5, 0.5)));
        assertTrue(e.getMessage().startsWith("no typical solutions at load alpha = 0.5 with margin kappa = 0.5")
                && e.getMessage().contains("kappa_max(alpha) = 0.418"), e.getMessage());
    }

    @Test
    void aLoadBeyondAlphaGdIsRefusedInTheUsersTerms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scene(0.6, 1.0));
        assertTrue(e.getMessage().contains("alpha must be below alpha_GD(kappa) = 0.3308") && !e.getMessage().contains("java."),
                e.getMessage());
    }
}
