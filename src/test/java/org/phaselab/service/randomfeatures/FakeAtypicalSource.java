package org.phaselab.service.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.randomfeatures.LocalEntropyPointRF;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * A stand-in for the Franz-Parisi solver, for tests of the panel's plumbing: alpha_LE = 0.6 + 0.02 alpha_D (and
 * the large-deviation alpha_U 0.03 above it)
 * (N/P = 1/alpha_LE right of every interpolation point), except at the alpha_D listed as failing (not converged)
 * (all, if the list is null) or as slow (waits until cancelled); curves phi = H2(d) - d with the point at d = 0.01 failed, no reference for
 * alpha >= 3. Counts its calls.
 */
public class FakeAtypicalSource implements AtypicalSource {
    public final Map<Double, AtomicInteger> calls = new ConcurrentHashMap<>();
    public final AtomicInteger curveCalls = new AtomicInteger();
    /** alpha_D whose computation saw the monitor cancel it. */
    public final List<Double> cancelled = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Double> failing;
    private final List<Double> slow;

    public FakeAtypicalSource(List<Double> failing, List<Double> slow) {
        this.failing = failing == null ? null : List.copyOf(failing);
        this.slow = List.copyOf(slow);
    }

    /** A source whose alpha_LE never converges (for tests about the rest of the panel): nothing slow, nothing drawn. */
    public static FakeAtypicalSource failingEverywhere() {
        return new FakeAtypicalSource(null, List.of());
    }

    public static double alphaLE(double alphaD) {
        return 0.6 + 0.02 * alphaD;
    }

    @Override
    public ThresholdResult alphaLE(double alphaD, Monitor monitor) {
        calls.computeIfAbsent(alphaD, k -> new AtomicInteger()).incrementAndGet();
        if (slow.contains(alphaD)) {
            while (!monitor.isCancelled()) {
                Thread.onSpinWait();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            cancelled.add(alphaD);
            throw new CancelledException();
        }
        if (failing == null || failing.contains(alphaD)) {
            return new ThresholdResult(Double.NaN, null, Convergence.failed(Convergence.Kind.NO_SOLUTION, "fake: no sign change of min dphi/dd", 7, Double.NaN));
        }
        return new ThresholdResult(alphaLE(alphaD), null, Convergence.reached(7, 0));
    }

    /** alpha_U = alpha_LE + 0.03, failing where alpha_LE fails. */
    public static double alphaLargeDeviation(double alphaD) {
        return alphaLE(alphaD) + 0.03;
    }

    @Override
    public ThresholdResult alphaLargeDeviation(double alphaD, Monitor monitor) {
        if (failing == null || failing.contains(alphaD)) {
            return new ThresholdResult(Double.NaN, null, Convergence.failed(Convergence.Kind.NO_SOLUTION, "fake: sigma never reaches 0", 5, Double.NaN));
        }
        return new ThresholdResult(alphaLargeDeviation(alphaD), null, Convergence.reached(5, 0));
    }

    @Override
    public List<LocalEntropyPointRF> curve(double alpha, double alphaD, double[] distances, Monitor monitor) {
        curveCalls.incrementAndGet();
        if (alpha >= 3) {
            throw new IllegalArgumentException("fake: no max-margin reference at alpha = " + alpha);
        }
        List<LocalEntropyPointRF> out = new ArrayList<>();
        for (double d : distances) {
            monitor.checkCancelled();
            double h2 = -d * Math.log(d) - (1 - d) * Math.log(1 - d);
            boolean ok = d != 0.01;
            out.add(new LocalEntropyPointRF(d, ok ? h2 - d : Double.NaN, ok ? 1 : Double.NaN, h2, ok ? Convergence.reached(1, 0)
                    : Convergence.failed(Convergence.Kind.STALLED, "fake: diverged", 1, Double.NaN)));
        }
        return out;
    }
}
