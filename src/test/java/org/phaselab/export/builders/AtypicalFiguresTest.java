package org.phaselab.export.builders;

import org.phaselab.theory.numerics.Convergence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.randomfeatures.LocalEntropyCurves;
import org.phaselab.service.randomfeatures.LocalEntropyLine;
import org.phaselab.service.randomfeatures.LocalEntropyRow;
import org.phaselab.theory.randomfeatures.LocalEntropyPointRF;
import org.phaselab.theory.randomfeatures.PhaseDiagram;
import org.phaselab.theory.randomfeatures.PhaseDiagramPoint;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/** The local-entropy line, gap, markers and curves from hand-made results: drawn where known, gaps where not. */
class AtypicalFiguresTest {
    private static final double[] GRID = {0.5, 1, 2, 3, 5, 10};

    /** Interpolation at N/P = 1.0 - 0.04 alpha_D on rows 0.5 ... 10 (and 20). */
    private static PhaseDiagram.Result diagram() {
        List<PhaseDiagramPoint> rows = new ArrayList<>();
        for (double aD : new double[]{0.5, 1, 2, 3, 5, 10, 20}) {
            double np = 1.0 - 0.04 * aD;
            rows.add(new PhaseDiagramPoint(aD, 1 / np, np, Double.NaN, Double.NaN, 0.3, Convergence.reached(1, 0)));
        }
        return new PhaseDiagram.Result(rows);
    }

    private static ThresholdResult le(double value) {
        return new ThresholdResult(value, null, Convergence.reached(5, 0));
    }

    private static final ThresholdResult FAILED = new ThresholdResult(Double.NaN, null, Convergence.failed(Convergence.Kind.NO_SOLUTION, "no bracket", 5, Double.NaN));

    private static Series series(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void lineWithAFailedAndAMissingRowHasGapsTheShadedGapSplitsAndTheNoteCountsThem() {
        // rows 0.5, 1, 2 converged (N/P = 2), 3 failed, 5 converged, 10 not computed yet
        LocalEntropyLine line = new LocalEntropyLine(GRID, List.of(new LocalEntropyRow(0.5, le(0.5)),
                new LocalEntropyRow(1, le(0.5)), new LocalEntropyRow(2, le(0.5)), new LocalEntropyRow(3, FAILED),
                new LocalEntropyRow(5, le(0.5))), "");
        Figure f = RandomFeaturesFigures.phaseDiagram(diagram(), 2.0, null, line);
        Series le = series(f, "local_entropy");
        assertEquals(2.0, le.x()[0]);
        assertEquals(0.5, le.y()[0]);
        assertTrue(Double.isNaN(le.x()[3]) && Double.isNaN(le.x()[5]), "failed and missing rows are gaps");
        Series gap = series(f, "gap_typical_only");
        assertEquals(Series.Style.AREA, gap.style());
        // one polygon over rows 0.5-2 (interpolation down, LE back up); row 5 alone is too short to shade
        assertEquals(7, gap.size());
        assertEquals(0.98, gap.x()[0], 1e-12);
        assertEquals(2.0, gap.x()[3]);
        assertTrue(Double.isNaN(gap.x()[6]));
        assertTrue(f.note().contains("α_LE: 4 of 6 rows; 1 did not converge (gaps: no bracket); "
                + "α_U (large deviation): 0 of 6 rows; 1 not computed yet"), f.note());
        // rows without a large-deviation threshold draw no dashed line and no legend entry for it
        assertTrue(java.util.Arrays.stream(series(f, "large_deviation").x()).allMatch(Double::isNaN));
        assertEquals("", series(f, "large_deviation").label());
        assertEquals("not computed", ((List<?>) f.parameters().get("alpha_u_failure")).get(0));
        assertTrue(!f.note().contains(RandomFeaturesFigures.LE_NOT_COMPUTED), f.note());
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) f.parameters().get("alpha_le");
        assertEquals(0.5, values.get(0));
        assertSame(NullNode.getInstance(), values.get(3));
        assertEquals("no bracket", ((List<?>) f.parameters().get("alpha_le_failure")).get(3));
        assertEquals("not computed", ((List<?>) f.parameters().get("alpha_le_failure")).get(5));
        assertTrue(f.series().stream().anyMatch(s -> s.key().equals("region_unsat") && s.style() == Series.Style.TEXT));
        assertEquals(1 / AtypicalFigures.STORAGE_ALPHA_LE, series(f, "local_entropy_storage_limit").x()[0], 1e-12);
    }

    /** The large-deviation line: dashed at N/P = 1/alpha_U where converged, a gap where not, its criterion in the data. */
    @Test
    void largeDeviationLineIsDashedWithGapsAndItsCriterion() {
        LocalEntropyLine line = new LocalEntropyLine(GRID, List.of(new LocalEntropyRow(0.5, le(0.5), le(0.625)),
                new LocalEntropyRow(1, le(0.5), FAILED), new LocalEntropyRow(2, le(0.5), le(0.625))), "");
        Figure f = RandomFeaturesFigures.phaseDiagram(diagram(), 2.0, null, line);
        Series u = series(f, "large_deviation");
        assertEquals(Series.Style.DASHED, u.style());
        assertEquals(1.6, u.x()[0], 1e-12);
        assertTrue(Double.isNaN(u.x()[1]) && Double.isNaN(u.x()[3]), "failed and missing rows are gaps");
        assertTrue(u.label().contains("alpha_U"), u.label());
        assertTrue(f.note().contains("α_U (large deviation): 2 of 6 rows"), f.note());
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) f.parameters().get("alpha_u");
        assertEquals(0.625, values.get(0));
        assertSame(NullNode.getInstance(), values.get(1));
        assertEquals("no bracket", ((List<?>) f.parameters().get("alpha_u_failure")).get(1));
        assertEquals(AtypicalFigures.LARGE_DEVIATION_CRITERION, f.parameters().get("alpha_u_criterion"));
    }

    @Test
    void cutMarkerAppearsOnlyForAConvergedAlphaLEAndTheNoteSaysWhyNot() {
        Figure computing = RandomFeaturesFigures.entropy(RandomFeaturesFiguresTest.cut(2.0), null, null);
        assertTrue(computing.note().contains("α_LE: computing…"), computing.note());
        assertEquals(1, computing.markers().size(), "only the interpolation marker");

        Figure failed = RandomFeaturesFigures.errors(RandomFeaturesFiguresTest.cut(2.0), null, FAILED);
        assertTrue(failed.note().contains("α_LE did not converge: no bracket"), failed.note());
        assertSame(NullNode.getInstance(), failed.parameters().get("alpha_le"));
        assertEquals("no bracket", failed.parameters().get("alpha_le_failure"));

        Figure done = RandomFeaturesFigures.entropy(RandomFeaturesFiguresTest.cut(2.0), null, le(0.5));
        Marker m = done.markers().get(1);
        assertEquals(2.0, m.x());
        assertTrue(m.label().contains("alpha_{LE}"));
        assertEquals(0.5, done.parameters().get("alpha_le"));
        assertTrue(!done.note().contains("α_LE"), done.note());
    }

    @Test
    void curvesShowTheUpperBoundAndCountFailedPoints() {
        double[] d = org.phaselab.service.randomfeatures.AtypicalBackend.DISTANCES;
        List<LocalEntropyPointRF> pts = new ArrayList<>();
        for (double x : d) {
            boolean ok = x != 0.02;
            pts.add(new LocalEntropyPointRF(x, ok ? 0.5 * x : Double.NaN, 0.5, 0.0, ok ? Convergence.reached(1, 0)
                    : Convergence.failed(Convergence.Kind.STALLED, "diverged", 1, Double.NaN)));
        }
        LocalEntropyCurves c = new LocalEntropyCurves(2.0, le(1.25), le(0.5), List.of(
                new LocalEntropyCurves.Curve(0.84, "just above interpolation", pts, null),
                new LocalEntropyCurves.Curve(2.5, "past the LE transition", List.of(), "no max-margin reference")));
        Figure f = LocalEntropyCurvesFigure.of(c);
        Series h2 = series(f, "h2");
        double h = -0.1 * Math.log(0.1) - 0.9 * Math.log(0.9);
        assertEquals(h, h2.y()[h2.size() - 1], 1e-12);
        Series first = series(f, "phi_np0.840");
        assertTrue(Double.isNaN(first.y()[5]), "the failed point at d = 0.02 is a gap");
        assertEquals(0.05, first.y()[11], 1e-12);
        assertTrue(f.note().contains("1 of 12 points did not converge (gaps: diverged)"), f.note());
        assertTrue(f.note().contains("N/P = 2.50: no max-margin reference"), f.note());
    }
}
