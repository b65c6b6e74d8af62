package org.phaselab.theory.localentropy;

import java.util.Locale;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.BrentMinimizer;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;

/**
 * The loads where the local entropy around the best references changes character (THEORY.md section 3): references
 * of maximal margin kappaRef = kappa_max(alpha), students of margin 0. At each load the dip of the small-d part of
 * phi_FP(d) is located properly: a scan over d in [1e-3, 0.04] brackets it (or, once a dip is known at a nearby
 * load, three distances around it, widened until they bracket), Brent's minimiser then finds the minimum over d of
 * the slope d phi/d d (or of phi) to a relative tolerance {@value #D_TOLERANCE} in d (the minimum value is then exact
 * to ~1e-7, the function being quadratic there), each point marched from the nearest one solved.
 * Brent's root finder in alpha, to {@value #ALPHA_TOLERANCE}, gives
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

    /** Distances that bracket the dip (it sits at d ~ 0.003-0.015 near the loads sought). */
    private static final double[] SCAN = geometric(1e-3, 0.04, 9);
    /** Around a known dip, the scan's distances are its position times and divided by this factor. */
    private static final double NEAR = 1.6;
    /** Relative accuracy of the dip's position. */
    static final double D_TOLERANCE = 1e-3;
    private static final int D_EVALUATIONS = 40;
    /** Accuracy of the loads. */
    static final double ALPHA_TOLERANCE = 1e-7;
    private static final int ALPHA_EVALUATIONS = 40;

    /**
     * The lowest point of the slope (or of phi) over d at one load.
     *
     * @param alpha       the load
     * @param kappaRef    kappa_max(alpha), the references' margin
     * @param d           where the minimum lies (the scan's end if it lies at an end: no interior dip)
     * @param value       the minimum: of d phi/d d, or of phi (NaN if not found)
     * @param convergence whether every point and the minimisation converged; evaluations are Franz-Parisi points
     */
    public record Dip(double alpha, double kappaRef, double d, double value, Convergence convergence) {
        public boolean converged() {
            return convergence.converged();
        }
    }

    private final BinaryStorage storage = new BinaryStorage();
    private final BrentSolver brent = new BrentSolver(ALPHA_TOLERANCE, ALPHA_EVALUATIONS);
    private final BrentMinimizer minimizer = new BrentMinimizer(D_TOLERANCE, 0, D_EVALUATIONS);
    private final Monitor monitor;
    /** Where the last dip of each kind lay (NaN: none yet): the next load's scan starts there. */
    private TreeMap<Double, LocalEntropyPoint> lastSlopeDip;
    private TreeMap<Double, LocalEntropyPoint> lastPhiDip;

    public LocalEntropyTransition() {
        this(Monitor.NONE);
    }

    /** With a monitor whose cancellation is honoured between points. */
    public LocalEntropyTransition(Monitor monitor) {
        this.monitor = Monitor.cancellationOf(monitor);
    }

    /** Min over d of d phi/d d at alpha. */
    public Dip minimalSlope(double alpha) {
        TreeMap<Double, LocalEntropyPoint> solved = new TreeMap<>();
        Dip dip = dip(alpha, LocalEntropyPoint::slope, lastSlopeDip, solved);
        lastSlopeDip = dip.converged() ? solved : null;
        return dip;
    }

    /** Min over d of phi_FP at alpha. */
    public Dip minimalLocalEntropy(double alpha) {
        TreeMap<Double, LocalEntropyPoint> solved = new TreeMap<>();
        Dip dip = dip(alpha, LocalEntropyPoint::phi, lastPhiDip, solved);
        lastPhiDip = dip.converged() ? solved : null;
        return dip;
    }

    /** The loads bracketing alpha_LE (0.7290) and alpha_negative (0.748): their roots lie well inside. */
    static final double LE_FROM = 0.70;
    static final double LE_TO = 0.76;
    static final double NEGATIVE_FROM = 0.73;
    static final double NEGATIVE_TO = 0.78;

    /** alpha_LE in its bracket: the one number the panel, the command line and the benchmark compute. */
    public RootResult alphaLE() {
        return alphaLE(LE_FROM, LE_TO);
    }

    /** alpha_negative in its bracket. */
    public RootResult alphaNegative() {
        return alphaNegative(NEGATIVE_FROM, NEGATIVE_TO);
    }

    /** alpha_LE: root of the minimal slope in [from, to]. */
    public RootResult alphaLE(double from, double to) {
        return brent.solve(a -> minimalSlope(a).value(), from, to);
    }

    /** The load where the dip of phi_FP reaches zero: root of its minimum in [from, to]. */
    public RootResult alphaNegative(double from, double to) {
        return brent.solve(a -> minimalLocalEntropy(a).value(), from, to);
    }

    /**
     * @param last   the points solved for the last dip of this kind (another load), or null: its best point centres
     *               the scan, its points are the Newton guesses at the same distances
     * @param solved receives every point solved here
     */
    private Dip dip(double alpha, ToDoubleFunction<LocalEntropyPoint> what, TreeMap<Double, LocalEntropyPoint> last,
                    TreeMap<Double, LocalEntropyPoint> solved) {
        monitor.checkCancelled();
        RootResult kMax = storage.kappaMax(alpha);
        if (!kMax.converged()) {
            return new Dip(alpha, Double.NaN, Double.NaN, Double.NaN, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                    "no maximal margin: " + kMax.failure().reason(), 0, Double.NaN));
        }
        FranzParisi fp = new FranzParisi(alpha, kMax.root(), 0);
        double near = last == null ? Double.NaN : bestDistance(last, what);
        boolean warm = Double.isFinite(near) && near / NEAR > SCAN[0] && near * NEAR < SCAN[SCAN.length - 1];
        if (warm) {
            for (double d : new double[] {near / NEAR, near, near * NEAR}) {
                var guess = last.floorEntry(d * (1 + 1e-12));
                LocalEntropyPoint p = fp.solveFrom(guess == null ? last.firstEntry().getValue() : guess.getValue(), d);
                if (!p.converged()) {
                    return new Dip(alpha, kMax.root(), p.d(), Double.NaN, p.convergence());
                }
                solved.put(d, p);
            }
        } else {
            for (LocalEntropyPoint p : fp.curve(SCAN, monitor)) {
                if (!p.converged()) {
                    return new Dip(alpha, kMax.root(), p.d(), Double.NaN, p.convergence());
                }
                solved.put(p.d(), p);
            }
        }
        int[] points = {solved.size()};
        ToDoubleFunction<Double> at = d -> {
            monitor.checkCancelled();
            var below = solved.floorEntry(d);
            var above = solved.ceilingEntry(d);
            LocalEntropyPoint from = below == null ? above.getValue() : above == null ? below.getValue()
                    : d / below.getKey() < above.getKey() / d ? below.getValue() : above.getValue();
            LocalEntropyPoint p = fp.march(from, d);
            points[0]++;
            if (!p.converged()) {
                return Double.NaN;
            }
            solved.put(d, p);
            return what.applyAsDouble(p);
        };
        // the smallest value, widened outwards while it sits at an end of the scan (a warm scan only)
        while (true) {
            double best = bestDistance(solved, what);
            boolean atLow = best == solved.firstKey();
            boolean atHigh = best == solved.lastKey();
            if (!atLow && !atHigh) {
                break;
            }
            double next = atLow ? best / NEAR : best * NEAR;
            if (!warm || next < SCAN[0] || next > SCAN[SCAN.length - 1]) {
                LocalEntropyPoint end = solved.get(best);
                return new Dip(alpha, kMax.root(), end.d(), what.applyAsDouble(end), Convergence.reached(points[0], 0));
            }
            if (Double.isNaN(at.applyAsDouble(next))) {
                return new Dip(alpha, kMax.root(), next, Double.NaN, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                        String.format(Locale.ROOT, "no saddle at d = %.4g while bracketing the dip at alpha = %.6f", next, alpha),
                        points[0], Double.NaN));
            }
        }
        double best = bestDistance(solved, what);
        BrentMinimizer.Minimum min = minimizer.minimize(at::applyAsDouble, solved.lowerKey(best), solved.higherKey(best), best);
        Convergence c = min.converged() ? Convergence.reached(points[0], min.convergence().residual())
                : Convergence.failed(min.convergence().kind(), String.format(Locale.ROOT, "minimum over d at alpha = %.6f: %s",
                alpha, min.convergence().failure().detail()), points[0], min.convergence().residual());
        return new Dip(alpha, kMax.root(), min.x(), min.converged() ? min.value() : Double.NaN, c);
    }

    /** The distance of the smallest value among the solved points. */
    private static double bestDistance(TreeMap<Double, LocalEntropyPoint> solved, ToDoubleFunction<LocalEntropyPoint> what) {
        double best = solved.firstKey();
        for (var e : solved.entrySet()) {
            if (what.applyAsDouble(e.getValue()) < what.applyAsDouble(solved.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static double[] geometric(double from, double to, int count) {
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            d[i] = from * Math.pow(to / from, i / (count - 1.0));
        }
        return d;
    }
}
