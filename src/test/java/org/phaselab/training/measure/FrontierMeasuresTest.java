package org.phaselab.training.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The algorithmic threshold of one sweep and its extrapolation in N, on sweeps with known answers. */
class FrontierMeasuresTest {

    private static SweepPoint point(double alpha, int runs, int solved) {
        return new SweepPoint(alpha, runs, solved, 0, Double.NaN, Double.NaN, 1, 10, true);
    }

    @Test
    void thresholdInterpolatesTheFirstFallThroughOneHalf() {
        List<SweepPoint> sweep = List.of(point(0.6, 4, 4), point(0.65, 4, 3), point(0.7, 4, 1), point(0.75, 4, 3), point(0.8, 4, 0));
        AlgorithmicThreshold t = AlgorithmicThreshold.of(sweep);
        assertTrue(t.found());
        assertEquals(0.65 + 0.05 * (0.75 - 0.5) / (0.75 - 0.25), t.alpha(), 1e-12);
    }

    @Test
    void thresholdOutsideTheGridIsNotMadeUp() {
        assertEquals(AlgorithmicThreshold.Kind.BELOW_GRID, AlgorithmicThreshold.of(List.of(point(0.6, 4, 1), point(0.7, 4, 0))).kind());
        assertEquals(AlgorithmicThreshold.Kind.ABOVE_GRID, AlgorithmicThreshold.of(List.of(point(0.6, 4, 4), point(0.7, 4, 2))).kind());
        assertEquals(AlgorithmicThreshold.Kind.NO_DATA, AlgorithmicThreshold.of(List.of(point(0.6, 0, 0))).kind());
        assertTrue(Double.isNaN(AlgorithmicThreshold.of(List.of(point(0.6, 4, 1))).alpha()));
        AlgorithmicThreshold skipped = AlgorithmicThreshold.of(List.of(point(0.6, 4, 4), point(0.65, 0, 0), point(0.7, 4, 0)));
        assertEquals(0.65, skipped.alpha(), 1e-12, "a point without finished runs is skipped, not read as unsolved");
    }

    @Test
    void straightLineInOneOverRootNIsRecoveredAndItsSeedSpreadVanishesForSharpSweeps() {
        int[] sizes = {100, 400, 1600, 6400};
        List<List<SweepPoint>> sweeps = new ArrayList<>();
        for (int s = 0; s < sizes.length; s++) {
            // the fraction is exactly 1 up to a grid point, 1/2 at the next one placed at alpha_alg(N), 0 beyond
            double alphaAlg = 0.76 - 0.8 / Math.sqrt(sizes[s]);
            sweeps.add(List.of(point(alphaAlg - 0.1, 8, 8), point(alphaAlg - 0.05, 8, 8), point(alphaAlg + 1e-12, 8, 4),
                    point(alphaAlg + 0.05, 8, 0)));
        }
        FiniteSizeExtrapolation fit = FiniteSizeExtrapolation.fit(sizes, sweeps, 1);
        assertTrue(fit.valid());
        assertEquals(0.76, fit.alphaInf(), 1e-6);
        assertEquals(0.8, fit.slope(), 1e-5);
        assertEquals(0, fit.misfit(), 1e-6, "the points lie on the line");
        assertTrue(fit.seedSpread() > 0, "a point at fraction 1/2 moves under resampling");
        assertEquals(4, fit.sizes().length);
    }

    @Test
    void seedNoiseWidensTheUncertaintyAndSizesWithoutAThresholdAreLeftOut() {
        int[] sizes = {201, 501, 1001};
        List<List<SweepPoint>> sweeps = List.of(
                List.of(point(0.6, 4, 4), point(0.65, 4, 3), point(0.7, 4, 1), point(0.75, 4, 0)),
                List.of(point(0.6, 4, 4), point(0.65, 4, 4), point(0.7, 4, 2), point(0.75, 4, 0)),
                List.of(point(0.6, 4, 4), point(0.65, 4, 4), point(0.7, 4, 4), point(0.75, 4, 4)));
        FiniteSizeExtrapolation fit = FiniteSizeExtrapolation.fit(sizes, sweeps, 3);
        assertEquals(2, fit.sizes().length, "N = 1001 solves the whole grid: no threshold, no point");
        assertTrue(fit.valid());
        assertTrue(fit.uncertainty() > 0.005, "four seeds per point leave a visible spread: " + fit.uncertainty());
        assertFalse(FiniteSizeExtrapolation.fit(new int[] {201}, List.of(sweeps.get(0)), 3).valid(), "one size: no extrapolation");
    }
}
