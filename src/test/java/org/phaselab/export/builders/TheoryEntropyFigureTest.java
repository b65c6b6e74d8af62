package org.phaselab.export.builders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.service.theory.Curve;
import org.phaselab.service.theory.CurvePoint;
import org.phaselab.service.theory.EntropyFamily;
import org.phaselab.service.theory.EntropyRequest;
import org.phaselab.service.theory.Threshold;

/** The entropy plot marks the Franz-Parisi alpha_LE and, beside it, the large-deviation thresholds (issue 14). */
class TheoryEntropyFigureTest {
    private static EntropyFamily family(List<Threshold> largeDeviation) {
        EntropyRequest r = new EntropyRequest(List.of(0.0), 0.1, 1.0, 2);
        Curve c = new Curve("entropy_kappa0.00", "\\kappa = 0.00", 0, List.of(new CurvePoint(0.1, 0.6, true, true),
                new CurvePoint(1.0, -0.1, true, false)));
        Threshold fp = new Threshold("\\alpha_{LE}", 0.7288, true, "RS Franz-Parisi");
        return new EntropyFamily(r, List.of(c), List.of(), fp, largeDeviation);
    }

    private static List<String> labels(Figure f) {
        return f.markers().stream().map(Marker::label).toList();
    }

    @Test
    void largeDeviationThresholdsAreMarkedBesideTheFranzParisiOne() {
        Figure f = TheoryFigures.entropy(family(List.of(
                new Threshold("\\alpha_{LE}^{LD}", 0.7553, true, "non-monotonic"),
                new Threshold("\\alpha_{neg}^{LD}", 0.8142, true, "negative"),
                new Threshold("\\alpha_{x}^{LD}", Double.NaN, false, "not found"))));
        List<String> labels = labels(f);
        assertTrue(labels.contains("\\alpha_{LE}^{RS} = 0.729"), labels::toString);
        assertTrue(labels.contains("\\alpha_{LE}^{LD} = 0.755"), labels::toString);
        assertTrue(labels.contains("\\alpha_{neg}^{LD} = 0.814"), labels::toString);
        assertEquals(3, labels.size(), "a threshold that did not converge is not drawn");
    }

    @Test
    void withoutThemOnlyFranzParisi() {
        assertEquals(List.of("\\alpha_{LE}^{RS} = 0.729"), labels(TheoryFigures.entropy(family(List.of()))));
    }
}
