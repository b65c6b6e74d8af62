package org.phaselab.theory.largedeviation;

import java.util.function.DoubleFunction;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;

/**
 * The loads where the y -&gt; infinity large-deviation local entropy S_I(d) around the densest free references
 * (students at kappa = 0) changes character (docs/large-deviation.md, LD 6). Along the branch continued from d*
 * down to small d, the coupling sigma = (1/2) dS_I/dd is positive while the curve is increasing; the measure cannot
 * describe dS_I/dd &lt; 0 (LD 4.1: for y -&gt; infinity the reference sum is a max and only |sigma| enters), so the
 * curve turning non-monotonic and the saddle ceasing to exist below some d are one event:
 * <ul>
 *   <li>alpha_U: min over d of sigma on the branch reaches 0 (Brent on min sigma, which is the distance of the end,
 *   with a minus sign, once the branch ends);</li>
 *   <li>alpha_negative: S_I at that end (the local minimum of the curve) reaches 0.</li>
 * </ul>
 */
public final class LargeDeviationTransition {
    public static final String NON_MONOTONIC_CRITERION = "RS large-deviation local entropy S_I(d), y -> infinity, "
            + "free reference, students at kappa = 0: the coupling sigma = (1/2) dS_I/dd on the branch from d* first "
            + "reaches 0 at some d > 0 (the curve turns non-monotonic)";
    public static final String ENDS_CRITERION = "the same event: below that d the y -> infinity RS saddle stops "
            + "existing (only |sigma| enters the reference maximisation, so dS_I/dd < 0 has no saddle; LD 4.1)";
    public static final String NEGATIVE_CRITERION = "S_I at the end of that branch (its local minimum in d) "
            + "reaches 0";
    /** The random-features criteria (LD 15): the same events for the perceptron on sign features of a hidden teacher. */
    public static final String RF_NON_MONOTONIC_CRITERION = "RS large-deviation local entropy S_I(d), y -> infinity, "
            + "free reference, students at kappa = 0, binary perceptron on sign random features of a hidden teacher at "
            + "this alpha_D: the coupling sigma = (1/2) dS_I/dd on the branch from d* first reaches 0 at some d > 0 (the "
            + "curve turns non-monotonic, and below that d its saddle stops existing)";
    public static final String RF_NEGATIVE_CRITERION = NEGATIVE_CRITERION;

    /** The branch is scanned from d* down to here (the dip of the curve sits at d ~ 0.02-0.05). */
    private static final double[] GRID = geometric(2e-3, 0.15, 30);
    /**
     * The random-features brackets, in units of alpha_c(alpha_D): alpha_U/alpha_c is 0.9066 in the storage limit
     * (0.7553/0.8331) and alpha_negative/alpha_c 0.977; measured 0.90-0.91 and 0.97-0.98 up to alpha_D = 10 (LD 15.8).
     */
    static final double[] RF_NON_MONOTONIC_BRACKET = {0.87, 0.94};
    static final double[] RF_NEGATIVE_BRACKET = {0.94, 0.999};
    private final BrentSolver brent = new BrentSolver(1e-4, 40);
    private final Monitor monitor;
    private final DoubleFunction<FreeReferenceLocalEntropy> atLoad;

    public LargeDeviationTransition() {
        this(Monitor.NONE);
    }

    public LargeDeviationTransition(Monitor monitor) {
        this(monitor, alpha -> new FreeReferenceLocalEntropy(alpha, 0));
    }

    private LargeDeviationTransition(Monitor monitor, DoubleFunction<FreeReferenceLocalEntropy> atLoad) {
        this.monitor = monitor;
        this.atLoad = atLoad;
    }

    /** The same loads for the binary perceptron on sign random features at this alpha_D (LD 15), kappa = 0. */
    public static LargeDeviationTransition randomFeatures(double alphaD, Monitor monitor) {
        return new LargeDeviationTransition(monitor,
                alpha -> FreeReferenceLocalEntropy.randomFeatures(RandomFeaturesModel.sign(alpha, alphaD)));
    }

    /** Both loads searched in the brackets given as fractions of alpha_c (RF_NON_MONOTONIC_BRACKET, ...). */
    public Thresholds thresholdsBelow(double alphaC) {
        return new Thresholds(nonMonotonicBelow(alphaC),
                alphaNegative(RF_NEGATIVE_BRACKET[0] * alphaC, RF_NEGATIVE_BRACKET[1] * alphaC));
    }

    /** alpha_U alone, in its bracket below alpha_c (the phase diagram's line). */
    public RootResult nonMonotonicBelow(double alphaC) {
        return alphaNonMonotonic(RF_NON_MONOTONIC_BRACKET[0] * alphaC, RF_NON_MONOTONIC_BRACKET[1] * alphaC);
    }

    /** Both loads with how each search ended. */
    public record Thresholds(RootResult nonMonotonic, RootResult negative) {
        public boolean converged() {
            return nonMonotonic.converged() && negative.converged();
        }
    }

    /** alpha_U in [0.74, 0.77] and alpha_negative in [0.77, 0.83] (LD 6 brackets them; measured 0.7555 and 0.814). */
    public Thresholds thresholds() {
        return new Thresholds(alphaNonMonotonic(0.74, 0.77), alphaNegative(0.77, 0.83));
    }

    /** Min over the grid of sigma on the branch from d*; minus the end's distance if the branch ends at sigma = 0. */
    public double minimalCoupling(double alpha) {
        return atLoad.apply(alpha).minimalCoupling(GRID, Monitor.cancellationOf(monitor));
    }

    /** S_I where the branch from d* ends at sigma = 0; NaN if it does not end there (below alpha_U). */
    public double endEntropy(double alpha) {
        SaddleMarch.Branch b = atLoad.apply(alpha).typicalBranch(GRID, Monitor.cancellationOf(monitor));
        return FreeReferenceLocalEntropy.endsAtZeroCoupling(b) ? b.end().localEntropy() : Double.NaN;
    }

    public RootResult alphaNonMonotonic(double from, double to) {
        return brent.solve(this::minimalCoupling, from, to);
    }

    public RootResult alphaNegative(double from, double to) {
        return brent.solve(this::endEntropy, from, to);
    }

    /** count distances from {@code from} to {@code to}, geometric (descending if to &lt; from). */
    static double[] geometric(double from, double to, int count) {
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            d[i] = from * Math.pow(to / from, i / (count - 1.0));
        }
        return d;
    }
}
