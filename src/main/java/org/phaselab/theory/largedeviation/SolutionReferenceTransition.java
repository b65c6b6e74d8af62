package org.phaselab.theory.largedeviation;

import java.util.function.DoubleFunction;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;

/**
 * The loads where the y -&gt; infinity large-deviation local entropy S_LD(d) around the densest references that are
 * themselves solutions (margin kappa~ = 0, students at kappa = 0; docs/large-deviation.md, LD 13-14) changes
 * character, read off the branch walked down from d = 0.1 ({@link SolutionReferenceShape}), as
 * {@link LargeDeviationTransition} does for the free reference:
 * <ul>
 *   <li>alpha_U: the smallest slope (1/2) dS_LD/dd on the branch, once the walk has passed it, reaches 0; past that
 *   load the walk stops with the slope still falling (minus that d, so the function changes sign; LD 14.2);</li>
 *   <li>alpha_negative: S_LD where that walk stops reaches 0 (an upper bound on the curve's local minimum).</li>
 * </ul>
 * Where the criterion cannot be read (the smallest slope at the walk's first point, or no stop before it) the search
 * fails with that reason (LD 14.3), never a guessed value.
 */
public final class SolutionReferenceTransition {
    public static final String NON_MONOTONIC_CRITERION = "RS large-deviation local entropy S_LD(d), y -> infinity, "
            + "reference a solution of margin 0, students at kappa = 0: the smallest slope (1/2) dS_LD/dd on the branch "
            + "followed from d = 0.1 down reaches 0 (below: the walk passes a positive minimum; above: it stops with the "
            + "slope still falling)";
    public static final String ENDS_CRITERION = "the same event: from that load on, the branch followed down stops at "
            + "d > 0 with the slope still falling, at or just before sigma' = sigma - ph -> 0, the free reference's kink "
            + "(LD 4.1) smoothed only by the reference's own field (variance < 1e-5); below the stop the saddle is not "
            + "solved (LD 14.1)";
    public static final String NEGATIVE_CRITERION = "S_LD where that walk stops reaches 0 (an upper bound on the "
            + "curve's local minimum in d)";

    private final BrentSolver brent = new BrentSolver(1e-4, 40);
    private final Monitor monitor;

    public SolutionReferenceTransition() {
        this(Monitor.NONE);
    }

    public SolutionReferenceTransition(Monitor monitor) {
        this.monitor = monitor;
    }

    /** alpha_U in [0.75, 0.76] and alpha_negative in [0.78, 0.83] (LD 14.2 brackets them). */
    public LargeDeviationTransition.Thresholds thresholds() {
        return new LargeDeviationTransition.Thresholds(alphaNonMonotonic(0.75, 0.76), alphaNegative(0.78, 0.83));
    }

    /** A criterion's value at one load, or why it cannot be read there. */
    public record Reading(double value, String undefined) {
        static Reading of(double value) {
            return new Reading(value, null);
        }
    }

    /**
     * The smallest (1/2) dS_LD/dd if the walk passed it (positive); minus the d where the walk ends if it ends with
     * the slope still falling (LD 14.2).
     */
    public Reading minimalSlope(double alpha) {
        return slopeReading(alpha, SolutionReferenceShape.at(alpha, Monitor.cancellationOf(monitor)));
    }

    static Reading slopeReading(double alpha, SolutionReferenceShape.Shape s) {
        if (s.endsBeforeDip()) {
            return Reading.of(-s.last().d());
        }
        if (s.dipResolved()) {
            return Reading.of(s.steepestDescent().slope() / 2);
        }
        return new Reading(Double.NaN, "at alpha = " + alpha + " " + stopped(s) + " and its smallest slope is at "
                + "an end of the walk, not passed");
    }

    /** S_LD where the walk ends with the slope still falling: an upper bound on the curve's local minimum. */
    public Reading endEntropy(double alpha) {
        return entropyReading(alpha, SolutionReferenceShape.at(alpha, Monitor.cancellationOf(monitor)));
    }

    static Reading entropyReading(double alpha, SolutionReferenceShape.Shape s) {
        if (s.endsBeforeDip()) {
            return Reading.of(s.last().localEntropy());
        }
        return new Reading(Double.NaN, "at alpha = " + alpha + " " + stopped(s) + " past its smallest slope "
                + "(the curve has no local minimum on the walk)");
    }

    public RootResult alphaNonMonotonic(double from, double to) {
        return search(this::minimalSlope, from, to);
    }

    public RootResult alphaNegative(double from, double to) {
        return search(this::endEntropy, from, to);
    }

    private static String stopped(SolutionReferenceShape.Shape s) {
        if (s.last() == null) {
            return "the branch did not start at d = " + SolutionReferenceShape.START;
        }
        return (s.stopped() != null ? "the branch stops at d = " : "the walk reaches d = ") + s.last().d();
    }

    /** Brent on the criterion; a load where it cannot be read ends the search with that reason. */
    RootResult search(DoubleFunction<Reading> criterion, double from, double to) {
        String[] undefined = new String[1];
        RootResult r = brent.solve(alpha -> {
            Reading reading = criterion.apply(alpha);
            if (reading.undefined() != null && undefined[0] == null) {
                undefined[0] = reading.undefined();
            }
            return reading.value();
        }, from, to);
        if (r.converged() || undefined[0] == null) {
            return r;
        }
        return new RootResult(Double.NaN, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                "the criterion cannot be read " + undefined[0], r.iterations(), r.residual()));
    }
}
