package org.phaselab.theory.randomfeatures;

import java.util.List;
import java.util.Locale;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.ParabolaMinimum;
import org.phaselab.theory.numerics.RootResult;

/**
 * The local-entropy (atypical) transition alpha_LE(alpha_D) of the random-features perceptron: the load P/N below
 * which the Franz-Parisi local entropy around max-margin references is monotonic in d (wide dense regions exist).
 * Same criterion as the storage problem ({@code LocalEntropyTransition.CRITERION}, THEORY.md section 3), whose
 * alpha_D -> 0 limit is 0.7288 (RS). The small-d part of each curve (d in [0.002, 0.04], where the dip appears) is
 * scanned in alpha at fractions of alpha_c(alpha_D) until the minimal slope changes sign, then Brent's method
 * refines the load to 1e-3.
 */
public final class AtypicalTransition {
    public static final String CRITERION = "RS Franz-Parisi local entropy phi_FP(d) around max-margin references "
            + "(kappaRef = kappa_max(alpha, alpha_D), students at kappa = 0) turns non-monotonic in d: min_d dphi/dd = 0";
    /** Distances of the scan: the storage dip sits at d ~ 0.004-0.01 at onset (docs/local-entropy.md). */
    static final double[] GRID = {0.002, 0.003, 0.004, 0.0055, 0.0075, 0.01, 0.014, 0.02, 0.028, 0.04};
    /** Loads tried, as fractions of alpha_c, from the storage-like low end up to near the interpolation point. */
    private static final double[] SCAN = {0.78, 0.84, 0.89, 0.93, 0.96};

    private final Monitor monitor;
    private final BrentSolver brent = new BrentSolver(1e-3, 30);

    public AtypicalTransition(Monitor monitor) {
        this.monitor = monitor;
    }

    /** alpha_LE at alphaD (value = alpha_LE; saddle = the max-margin reference there); not converged with a reason. */
    public ThresholdResult alphaLE(double alphaD) {
        ThresholdResult c = new InterpolationThreshold().alphaC(alphaD, monitor);
        if (!c.converged()) {
            return failed("no interpolation threshold at alpha_D = " + alphaD + ": " + c.failure(), 0);
        }
        double previous = Double.NaN;
        double previousSlope = Double.NaN;
        int curves = 0;
        for (double f : SCAN) {
            double alpha = f * c.value();
            double slope = minimalSlope(alpha, alphaD);
            curves++;
            if (Double.isNaN(slope)) {
                return failed(String.format(Locale.ROOT, "the Franz-Parisi curve at alpha = %.4f, alpha_D = %.4g did not "
                        + "converge on d in [0.002, 0.04]", alpha, alphaD), curves);
            }
            if (slope < 0) {
                if (Double.isNaN(previous)) {
                    return failed(String.format(Locale.ROOT, "phi_FP is already non-monotonic at alpha = %.4f "
                            + "(%.2f alpha_c), the lowest load scanned", alpha, f), curves);
                }
                int[] count = {curves};
                RootResult r = brent.solve(a -> {
                    count[0]++;
                    return minimalSlope(a, alphaD);
                }, previous, alpha);
                if (!r.converged()) {
                    return failed("Brent's method failed between alpha = " + previous + " and " + alpha + ": "
                            + r.failure(), count[0]);
                }
                RandomFeaturesSaddle reference = new MaxMarginReference().kappaMax(
                        RandomFeaturesModel.sign(r.root(), alphaD), monitor).saddle();
                return new ThresholdResult(r.root(), reference, true, count[0], null);
            }
            previous = alpha;
            previousSlope = slope;
        }
        return failed(String.format(Locale.ROOT, "phi_FP is still monotonic at alpha = %.4f (%.2f alpha_c; minimal "
                + "slope %.3g): no transition below the interpolation point was found", previous,
                SCAN[SCAN.length - 1], previousSlope), curves);
    }

    /**
     * Min over the grid of d phi/d d, refined by a parabola through the smallest three; NaN if the curve has no
     * reference, fewer than all but the two smallest distances converged, or its minimum sits at the smallest
     * converged distance (the dip could lie below it).
     */
    double minimalSlope(double alpha, double alphaD) {
        monitor.checkCancelled();
        List<LocalEntropyPointRF> curve;
        try {
            curve = RandomFeaturesFranzParisi.aroundMaxMargin(alpha, alphaD, monitor).curve(GRID, Monitor.cancellationOf(monitor));
        } catch (IllegalArgumentException noReference) {
            return Double.NaN;
        }
        int first = 0;
        while (first < curve.size() && !curve.get(first).converged()) {
            first++;
        }
        for (int i = first; i < curve.size(); i++) {
            if (!curve.get(i).converged()) {
                return Double.NaN;
            }
        }
        if (first > 2 || curve.size() - first < 3) {
            return Double.NaN;
        }
        int best = first;
        for (int i = first; i < curve.size(); i++) {
            if (curve.get(i).slope() < curve.get(best).slope()) {
                best = i;
            }
        }
        if (best == first && first > 0) {
            return Double.NaN;
        }
        if (best == first || best == curve.size() - 1) {
            return curve.get(best).slope();
        }
        LocalEntropyPointRF a = curve.get(best - 1), b = curve.get(best), c = curve.get(best + 1);
        return ParabolaMinimum.of(a.d(), a.slope(), b.d(), b.slope(), c.d(), c.slope());
    }

    private static ThresholdResult failed(String why, int curves) {
        return new ThresholdResult(Double.NaN, null, false, curves, why);
    }
}
