package org.phaselab.theory.localentropy;

import java.util.List;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.ParabolaMinimum;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;

/**
 * The loads where the local entropy around the best references changes character (THEORY.md section 3): references
 * of maximal margin kappaRef = kappa_max(alpha), students of margin 0. The small-d part of phi_FP(d) is scanned on a
 * geometric grid of distances (where the dip appears, d ~ 1e-3 .. 2e-2) and Brent's method finds
 * <ul>
 *   <li>alpha_LE: the load where min over d of d phi/d d crosses 0 (the curve turns non-monotonic);</li>
 *   <li>alpha_negative: the load where the local minimum of phi_FP first reaches 0 (the dip goes negative).</li>
 * </ul>
 */
public final class LocalEntropyTransition {
    /** How alpha_LE is defined here, for the UI and the command line. */
    public static final String CRITERION = "RS Franz-Parisi local entropy phi_FP(d) around max-margin references "
            + "(kappaRef = kappa_max(alpha), students at kappa = 0) turns non-monotonic in d: min_d dphi/dd = 0";
    public static final String NEGATIVE_CRITERION = "the same curve first dips below zero at small d";
    /** The literature band, Baldassi et al. PRL 127, 278301 (2021); Stojnic arXiv:2506.19276 (fl RDT): 0.77-0.78. */
    public static final double[] LITERATURE_BAND = {0.77, 0.78};

    private static final double[] GRID = geometric(4e-4, 0.04, 18);
    private final BinaryStorage storage = new BinaryStorage();
    private final BrentSolver brent = new BrentSolver(2e-4, 40);
    private final Monitor monitor;

    public LocalEntropyTransition() {
        this(Monitor.NONE);
    }

    /** With a monitor whose cancellation is honoured between curve points (a root search takes a few seconds). */
    public LocalEntropyTransition(Monitor monitor) {
        this.monitor = monitor;
    }

    /** Min over the small-d grid of d phi/d d (refined by a parabola through the smallest three); NaN on failure. */
    public double minimalSlope(double alpha) {
        List<LocalEntropyPoint> curve = curve(alpha);
        if (curve == null) {
            return Double.NaN;
        }
        int best = 0;
        for (int i = 0; i < curve.size(); i++) {
            if (curve.get(i).slope() < curve.get(best).slope()) {
                best = i;
            }
        }
        if (best == 0 || best == curve.size() - 1) {
            return curve.get(best).slope();
        }
        return parabolaMinimum(curve.get(best - 1), curve.get(best), curve.get(best + 1), true);
    }

    /** Min over the small-d grid of phi_FP (a parabola through the smallest three); NaN on failure. */
    public double minimalLocalEntropy(double alpha) {
        List<LocalEntropyPoint> curve = curve(alpha);
        if (curve == null) {
            return Double.NaN;
        }
        int best = 0;
        for (int i = 0; i < curve.size(); i++) {
            if (curve.get(i).phi() < curve.get(best).phi()) {
                best = i;
            }
        }
        if (best == 0 || best == curve.size() - 1) {
            return curve.get(best).phi();
        }
        return parabolaMinimum(curve.get(best - 1), curve.get(best), curve.get(best + 1), false);
    }

    /** alpha_LE: root of {@link #minimalSlope} in [from, to]. */
    public RootResult alphaLE(double from, double to) {
        return brent.solve(this::minimalSlope, from, to);
    }

    /** The load where the dip of phi_FP reaches zero: root of {@link #minimalLocalEntropy} in [from, to]. */
    public RootResult alphaNegative(double from, double to) {
        return brent.solve(this::minimalLocalEntropy, from, to);
    }

    /** The small-d curve around the max-margin reference at alpha, or null if any point failed. */
    List<LocalEntropyPoint> curve(double alpha) {
        RootResult kMax = storage.kappaMax(alpha);
        if (!kMax.converged()) {
            return null;
        }
        List<LocalEntropyPoint> curve = new FranzParisi(alpha, kMax.root(), 0).curve(GRID, Monitor.cancellationOf(monitor));
        return curve.stream().allMatch(LocalEntropyPoint::converged) ? curve : null;
    }

    /** Minimum of the parabola through three points (x = d, y = slope or phi). */
    private static double parabolaMinimum(LocalEntropyPoint a, LocalEntropyPoint b, LocalEntropyPoint c, boolean slope) {
        return slope ? ParabolaMinimum.of(a.d(), a.slope(), b.d(), b.slope(), c.d(), c.slope())
                : ParabolaMinimum.of(a.d(), a.phi(), b.d(), b.phi(), c.d(), c.phi());
    }

    private static double[] geometric(double from, double to, int count) {
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            d[i] = from * Math.pow(to / from, i / (count - 1.0));
        }
        return d;
    }
}
