package org.phaselab.service.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.export.builders.TheoryFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;

/** The theory panel's local-entropy family carries the large-deviation curve beside the Franz-Parisi ones. */
class LocalEntropyFamilyTest {

    /**
     * At alpha = 0.5 the densest reference at each d sees at least as many solutions as any fixed margin
     * (docs/large-deviation.md LD 7.3), and the figure draws it dashed with its own key and says so in the data.
     */
    @Test
    void largeDeviationCurveLiesAboveEveryFranzParisiCurveAndIsDrawn() {
        LocalEntropyRequest r = new LocalEntropyRequest(0.5, 0, List.of(0.0, 0.2, 0.41), 0.12, 12);
        LocalEntropyFamily family = new RsTheoryBackend().localEntropy(r, Monitor.NONE);
        Curve ld = family.largeDeviation();
        assertNotNull(ld);
        assertEquals(12, ld.points().size());
        int compared = 0;
        for (Curve fp : family.curves()) {
            for (int i = 0; i < ld.points().size(); i++) {
                var a = ld.points().get(i);
                var b = fp.points().get(i);
                if (a.converged() && b.converged()) {
                    assertTrue(a.y() >= b.y() - 1e-9, fp.key() + " at d = " + a.x() + ": " + a.y() + " < " + b.y());
                    compared++;
                }
            }
        }
        assertTrue(compared >= 30, "compared " + compared);
        Figure f = TheoryFigures.localEntropy(family);
        assertTrue(f.series().stream().anyMatch(s -> s.key().equals("s_ld")), "drawn");
        assertTrue(f.parameters().get("model").toString().contains("large-deviation"));
    }
}
