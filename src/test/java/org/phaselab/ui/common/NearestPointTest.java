package org.phaselab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;

/** The crosshair snaps to the nearest point of any curve within its radius and reads the curve's name and value. */
class NearestPointTest {
    private static final Figure FIGURE = new Figure("", Axis.auto("\\alpha"), Axis.auto("s(\\alpha)"), List.of(
            new Series("low", "\\kappa = 0.20", new double[]{0, 1, 2}, new double[]{0, -1, -2}, null, Series.Style.LINE, 0),
            new Series("high", "\\kappa = 0.00", new double[]{0, 1, 2}, new double[]{1, 2, Double.NaN}, null, Series.Style.LINE, 1)),
            List.of(), List.of(), "", Map.of());

    /** Screen = 100 pixels per unit, y upwards. */
    private static java.util.Optional<NearestPoint> at(double x, double y) {
        return NearestPoint.find(FIGURE, x * 100, -y * 100, 28, v -> v * 100, v -> -v * 100);
    }

    @Test
    void snapsToTheNearestCurveAndNamesIt() {
        NearestPoint p = at(1.1, 1.9).orElseThrow();
        assertEquals(new NearestPoint("κ = 0.00", 1, 2), p);
        assertEquals("κ = 0.00:   α = 1.000,  s(α) = 2.000", p.readout(FIGURE));
        assertEquals("κ = 0.20:   α = 2.000,  s(α) = \u22122.000", at(2, -1.9).orElseThrow().readout(FIGURE),
                "a true minus sign");
    }

    @Test
    void gapsAndFarPointsAreNotSnappedTo() {
        assertTrue(at(2, 0.1).isEmpty(), "the gap at x = 2 is no point, and the others are a unit away");
    }
}
