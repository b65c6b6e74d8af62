package org.phaselab.service.randomfeatures;

import org.phaselab.theory.numerics.Convergence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.phaselab.service.ComputePool;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.randomfeatures.AtypicalTransition;
import org.phaselab.theory.randomfeatures.LocalEntropyPointRF;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * The local-entropy (atypical) part of the random-features backend: rows of alpha_LE(alpha_D) (Franz-Parisi) and
 * alpha_U(alpha_D) (large deviation) for the diagram's two lines and the cut's marker, and phi_FP(d) curves on the
 * cut. A row takes one to two seconds (dozens of saddle points), so each one is kept for the session (the lines do
 * not depend on the cut) and the line is computed one row per call. A cancelled computation keeps nothing.
 * Thread-safe: the panel's jobs call it from their own worker threads.
 */
public final class AtypicalBackend {
    /** How alpha_LE is defined (for help texts). */
    public static final String CRITERION = AtypicalTransition.CRITERION;
    /** alpha_D rows of the local-entropy line: six rows of the diagram's grid, spread over the slider's range. */
    public static final double[] LINE_ALPHA_D = {0.5, 1, 2, 3, 5, 10};
    /** Distances of the Franz-Parisi curves: the small-d region where the dip appears, up to d = 0.1. */
    public static final double[] DISTANCES = {0.001, 0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.065, 0.08, 0.1};
    /** N/P of the curve "just above the interpolation point", in units of 1/alpha_c. */
    static final double ABOVE_INTERPOLATION = 1.05;
    /** N/P of the curve "past the local-entropy transition", in units of 1/alpha_LE. */
    static final double PAST_TRANSITION = 1.25;
    /** Without alpha_LE, the second curve sits this far above the interpolation point, in units of 1/alpha_c. */
    static final double WELL_ABOVE_INTERPOLATION = 2.0;
    private static final int CURVES_KEPT = 24;

    private final AtypicalSource source;
    private final KeptResults<Double, LocalEntropyRow> rows = new KeptResults<>();
    private final Map<List<Double>, LocalEntropyCurves.Curve> curves = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Double>, LocalEntropyCurves.Curve> eldest) {
            return size() > CURVES_KEPT;
        }
    };

    public AtypicalBackend(AtypicalSource source) {
        this.source = source;
    }

    /**
     * alpha_LE at alphaD, computed on the first call for this alphaD and kept (converged or not); a call for an
     * alphaD already in flight (the line's row and the cut at the same alpha_D) waits for it ({@link KeptResults}).
     */
    public ThresholdResult alphaLE(double alphaD, Monitor monitor) {
        return row(alphaD, monitor).alphaLE();
    }

    /** Both thresholds of a row in one task, Franz-Parisi then large deviation (together one to two seconds). */
    private LocalEntropyRow solve(double alphaD, Monitor monitor) {
        ThresholdResult le = guarded(m -> source.alphaLE(alphaD, m), monitor);
        ThresholdResult u = guarded(m -> source.alphaLargeDeviation(alphaD, m), monitor);
        return new LocalEntropyRow(alphaD, le, u);
    }

    /** A solver that throws gives a threshold that did not converge, with the error as its reason: the line goes on. */
    private static ThresholdResult guarded(Function<Monitor, ThresholdResult> solver, Monitor monitor) {
        try {
            return solver.apply(monitor);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return new ThresholdResult(Double.NaN, null, Convergence.failed(Convergence.Kind.NOT_FINITE, "solver error: " + why, 0, Double.NaN));
        }
    }

    /** alpha_LE at alphaD if it is already known, else null; never computes. */
    public ThresholdResult knownAlphaLE(double alphaD) {
        LocalEntropyRow row = rows.known(alphaD);
        return row == null ? null : row.alphaLE();
    }

    /**
     * The row at alphaD, computed on the first call for this alphaD and kept (converged or not); a call for an
     * alphaD already in flight (the line's row and the cut at the same alpha_D) waits for it ({@link KeptResults}).
     */
    public LocalEntropyRow row(double alphaD, Monitor monitor) {
        return rows.get(alphaD, m -> solve(alphaD, m), monitor);
    }

    /** The row at alphaD if it is already known, else null; never computes. */
    public LocalEntropyRow knownRow(double alphaD) {
        return rows.known(alphaD);
    }

    /** The line on {@link #LINE_ALPHA_D} as far as it is known; never computes. */
    public LocalEntropyLine line() {
        return line(LINE_ALPHA_D, "");
    }

    /** The line on a given grid as far as it is known. */
    public LocalEntropyLine line(double[] grid, String scope) {
        List<LocalEntropyRow> known = new ArrayList<>();
        for (double aD : grid) {
            LocalEntropyRow row = rows.known(aD);
            if (row != null) {
                known.add(row);
            }
        }
        return new LocalEntropyLine(grid, known, scope);
    }

    /** Computes the first missing row of the line (if any) and returns the line with it. */
    public LocalEntropyLine nextRow(Monitor monitor) {
        for (double aD : LINE_ALPHA_D) {
            if (rows.known(aD) == null) {
                row(aD, monitor);
                break;
            }
        }
        monitor.progress(1.0);
        return line();
    }

    /**
     * The line on {@code grid}, its rows computed side by side on the compute pool (one per core) when
     * {@code threads} &gt; 1, one after the other otherwise.
     */
    public LocalEntropyLine computeLine(double[] grid, String scope, int threads, Monitor monitor) {
        List<Function<Monitor, LocalEntropyRow>> tasks = new ArrayList<>();
        for (double aD : grid) {
            tasks.add(m -> row(aD, m));
        }
        if (threads > 1) {
            ComputePool.all(tasks, monitor);
        } else {
            tasks.forEach(task -> task.apply(monitor));
        }
        return line(grid, scope);
    }

    /**
     * phi_FP(d) on {@link #DISTANCES} on the cut at alphaD: just above the interpolation point (1.05/alpha_c); with a
     * converged alpha_LE below alpha_c, in the middle of the gap and past the transition (1.25/alpha_LE); otherwise
     * well above the interpolation point (2/alpha_c). No curves when alpha_c did not converge.
     */
    public LocalEntropyCurves curves(double alphaD, ThresholdResult alphaC, ThresholdResult alphaLE, Monitor monitor) {
        List<LocalEntropyCurves.Curve> out = new ArrayList<>();
        if (alphaC.converged()) {
            double npC = 1 / alphaC.value();
            List<double[]> chosen = new ArrayList<>();
            boolean gap = alphaLE != null && alphaLE.converged() && alphaLE.value() < alphaC.value();
            chosen.add(new double[]{ABOVE_INTERPOLATION * npC});
            if (gap) {
                double npLE = 1 / alphaLE.value();
                chosen.add(new double[]{0.5 * (npC + npLE)});
                chosen.add(new double[]{PAST_TRANSITION * npLE});
            } else {
                chosen.add(new double[]{WELL_ABOVE_INTERPOLATION * npC});
            }
            String[] roles = gap ? new String[]{"just above interpolation", "in the gap", "past the LE transition"}
                    : new String[]{"just above interpolation", "well above interpolation"};
            // the curves are independent: side by side on the compute pool, as the line's rows are
            List<Function<Monitor, LocalEntropyCurves.Curve>> tasks = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                double np = chosen.get(i)[0];
                String role = roles[i];
                tasks.add(m -> curve(alphaD, np, role, m));
            }
            out.addAll(ComputePool.all(tasks, monitor));
        }
        monitor.progress(1.0);
        return new LocalEntropyCurves(alphaD, alphaC, alphaLE, out);
    }

    private LocalEntropyCurves.Curve curve(double alphaD, double np, String role, Monitor monitor) {
        List<Double> key = List.of(alphaD, np);
        synchronized (curves) {
            LocalEntropyCurves.Curve known = curves.get(key);
            if (known != null) {
                return new LocalEntropyCurves.Curve(np, role, known.points(), known.failure());
            }
        }
        LocalEntropyCurves.Curve c;
        try {
            List<LocalEntropyPointRF> points = source.curve(1 / np, alphaD, DISTANCES.clone(), monitor);
            c = new LocalEntropyCurves.Curve(np, role, points, null);
        } catch (IllegalArgumentException e) {
            c = new LocalEntropyCurves.Curve(np, role, List.of(), e.getMessage());
        }
        if (monitor.isCancelled()) {
            throw new CancelledException();
        }
        synchronized (curves) {
            curves.put(key, c);
        }
        return c;
    }
}
