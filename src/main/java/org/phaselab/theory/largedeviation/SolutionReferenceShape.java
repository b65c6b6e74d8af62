package org.phaselab.theory.largedeviation;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.progress.Monitor;

/**
 * The y -&gt; infinity solution-reference curve S_LD(d) (docs/large-deviation.md, LD 13; margins kappa = kappa~ = 0)
 * followed from d = {@link #START} down a grid, and what the thresholds of LD 14 read off it: the smallest slope and
 * whether the walk got past it, or where it stopped (LD 14).
 */
final class SolutionReferenceShape {
    /** The branch is started here, from {@link #GUESS}. */
    static final double START = 0.1;
    /**
     * The saddle at alpha = 0.75, d = 0.1 (sigma', q1, Delta, eps, c) (regression value, PhaseLab's own output, LD 13.6);
     * Newton reaches the saddle at d = 0.1 from it for alpha in [0.70, 0.83].
     */
    static final double[] GUESS = SolutionReferenceLimit.unknowns(0.2145, 0.6760, 0.3026, 0.6756, 2.1237);
    /** Recorded distances, geometric from 0.1 down to 5e-3 (the dips sit at d ~ 0.02-0.05, LD 6). */
    static final double[] GRID = LargeDeviationTransition.geometric(START, 5e-3, 24);
    /** Smallest step tried, as a fraction of d, before the walk is declared stopped (LD 14.2). */
    static final double END_RESOLUTION = 0.02;

    /**
     * @param points  the converged points at the grid distances reached, descending in d
     * @param stopped the last converged point if the walk stopped before the grid's end (no converged step down to
     *                {@link #END_RESOLUTION} d), else null
     */
    record Shape(List<LargeDeviationPoint> points, LargeDeviationPoint stopped) {
        /** The grid point of smallest slope (null if none converged). */
        LargeDeviationPoint steepestDescent() {
            return points.stream().min((a, b) -> Double.compare(a.slope(), b.slope())).orElse(null);
        }

        /** Whether the smallest slope lies strictly inside the walk (points on both sides): the dip was crossed. */
        boolean dipResolved() {
            int i = points.indexOf(steepestDescent());
            return i > 0 && i < points.size() - 1;
        }

        /** Whether the walk stopped while the slope was still falling at its last points. */
        boolean endsBeforeDip() {
            return stopped != null && points.size() > 1 && points.indexOf(steepestDescent()) == points.size() - 1;
        }

        /** Where the walk stopped, or its last grid point. */
        LargeDeviationPoint last() {
            return stopped != null || points.isEmpty() ? stopped : points.get(points.size() - 1);
        }
    }

    private SolutionReferenceShape() {}

    /** The branch at this load (students and reference at margin 0), walked down {@link #GRID}. */
    static Shape at(double alpha, Monitor monitor) {
        SolutionReferenceLimit limit = new SolutionReferenceLimit(alpha, 0, 0);
        // boundary index 0: sigma' (LD 14.1: where it reaches 0 the walk solves for that d)
        // no boundary unknown: sigma' = 0 is the middle of the smoothed kink, not an end (LD 14.2)
        SaddleMarch.Branch b = new SaddleMarch(limit, SolutionReferenceLimit::unknowns, -1, END_RESOLUTION)
                .trace(START, List.of(GUESS), GRID, LargeDeviationPoint.Branch.FROM_TYPICAL, monitor);
        List<LargeDeviationPoint> points = new ArrayList<>();
        for (double d : GRID) {
            LargeDeviationPoint p = b.points().get(d);
            if (p != null) {
                points.add(p);
            }
        }
        return new Shape(points, b.end());
    }
}
