package org.phaselab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phaselab.progress.Monitor;
import org.phaselab.service.ComputePool;
import org.phaselab.service.randomfeatures.AtypicalBackend;
import org.phaselab.service.randomfeatures.AtypicalSource;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.theory.largedeviation.FreeReferenceLocalEntropy;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyTransition;
import org.phaselab.theory.randomfeatures.AtypicalTransition;
import org.phaselab.theory.randomfeatures.InterpolationThreshold;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;
import org.phaselab.theory.randomfeatures.ThresholdResult;
import org.phaselab.theory.storage.BinaryStorage;

/**
 * The workloads of issue 13 (local entropy at the speed of a slider) for {@code bench}: what a dragged slider asks of
 * the theory panel and of the atypical-transition panel, and a fixed set of hard Franz-Parisi curves over the whole
 * domain the sliders allow, of which the worst is reported. Nothing here reads or writes a cache: every repetition
 * computes from scratch.
 */
final class SolverBenchmarks {
    /**
     * Hard 60-point Franz-Parisi curves (alpha, kappa~, kappa, d_max; kappa~ = NaN: kappa_max(alpha)), d = d_max i/60
     * as the panel asks for them: found by scanning random points of the sliders' domain for the slowest, plus the
     * issue's own cases (alpha = 0.745 around typical and low-margin references, alpha = 0.335).
     */
    static final double[][] HARD_CURVES = {
        {0.745, 0, 0, 0.12},            // typical references just past alpha_LE: the branch ends where students freeze
        {0.745, 0.03, 0, 0.12},
        {0.335, 0.145, 0.013, 0.168},
        {0.832, Double.NaN, 0, 0.12},   // max-margin references at the edge of the SAT phase (alpha_c = 0.8331)
        {0.8, Double.NaN, 0, 0.02},     // every distance small: the dip region
        {0.5603, 0.3201, 0.3151, 0.117}, // students nearly of the references' margin: they freeze at small d
        {0.1896, 1.3889, 1.3834, 0.144}, // large margins, the same
        {0.7069, 0.0822, 0.0054, 0.461}, // large distances
        {0.02, 1.5, 0, 0.49},           // the smallest loads, the largest reference margin
    };
    private static final int CURVE_POINTS = 60;

    private SolverBenchmarks() {}

    static List<BenchCommand.Benchmark> all() {
        RsTheoryBackend theory = new RsTheoryBackend();
        TheoryScene scene = TheoryScene.DEFAULT;
        TheoryScene at745 = new TheoryScene(scene.kappaTop(), scene.curveCount(), scene.entropyAlphaMax(), 0.745,
                scene.leKappa(), scene.leKappaRefTop(), scene.leRefCount(), scene.leDMax(), scene.tsAlphaMax());
        List<BenchCommand.Benchmark> out = new ArrayList<>();
        out.add(BenchCommand.Benchmark.of("entropy-family-4x200",
                "the theory panel's typical-entropy family: 4 margins x 200 alphas (one 60 Hz frame)", 16,
                () -> theory.entropy(scene.entropyRequest(), Monitor.NONE)));
        out.add(BenchCommand.Benchmark.of("local-entropy-family-0.745",
                "the theory panel's 4 Franz-Parisi curves at alpha = 0.745 (kappa~ = 0, 0.03, 0.06, kappa_max) and its "
                        + "large-deviation curve, 60 d each, on the compute pool",
                500, () -> theory.localEntropy(at745.localEntropyRequest(), Monitor.NONE)));
        out.add(BenchCommand.Benchmark.of("local-entropy-preview-0.745",
                "the same family's preview (15 d, looser tolerance), drawn while a slider moves", 100,
                () -> theory.localEntropy(at745.localEntropyRequest().preview(), Monitor.NONE)));
        List<BenchCommand.Case> hard = new ArrayList<>();
        BinaryStorage storage = new BinaryStorage();
        for (double[] c : HARD_CURVES) {
            double kappaRef = Double.isNaN(c[1]) ? storage.kappaMax(c[0]).root() : c[1];
            double[] d = curveDistances(c[3]);
            String name = String.format(Locale.ROOT, "alpha=%s kappa~=%s kappa=%s d_max=%s", c[0],
                    Double.isNaN(c[1]) ? "kappa_max" : c[1], c[2], c[3]);
            hard.add(new BenchCommand.Case(name, () -> new FranzParisi(c[0], kappaRef, c[2]).curve(d, Monitor.NONE)));
        }
        out.add(new BenchCommand.Benchmark("local-entropy-hard-curves-60",
                "one 60-point Franz-Parisi curve at each of " + HARD_CURVES.length + " hard points of the sliders' domain "
                        + "(near alpha_c, small kappa~, freezing students, small and large d): the worst median", 150,
                Integer.MAX_VALUE, hard));
        List<BenchCommand.Case> largeDeviation = new ArrayList<>();
        for (double alpha : new double[] {0.6, 0.74, 0.78}) {
            double[] d = curveDistances(0.12);
            largeDeviation.add(new BenchCommand.Case("alpha=" + alpha,
                    () -> new FreeReferenceLocalEntropy(alpha, 0).curve(d, Monitor.NONE)));
        }
        out.add(new BenchCommand.Benchmark("large-deviation-curve-60", "one 60-point large-deviation local entropy curve "
                + "(y -> infinity, free reference, d up to 0.12) at alpha = 0.6, 0.74, 0.78: the worst median", 1000,
                Integer.MAX_VALUE, largeDeviation));
        List<BenchCommand.Case> rfLargeDeviation = new ArrayList<>();
        for (double alpha : new double[] {0.6, 0.8, 0.85}) {
            double[] d = curveDistances(0.12);
            rfLargeDeviation.add(new BenchCommand.Case("alpha=" + alpha, () -> FreeReferenceLocalEntropy
                    .randomFeatures(RandomFeaturesModel.sign(alpha, 1)).curve(d, Monitor.NONE)));
        }
        out.add(new BenchCommand.Benchmark("rf-large-deviation-curve-60", "one 60-point large-deviation local entropy "
                + "curve of the random-features model (alpha_D = 1, d up to 0.12) at alpha = 0.6, 0.8, 0.85: the worst "
                + "median", 1000, Integer.MAX_VALUE, rfLargeDeviation));
        List<BenchCommand.Case> uRows = new ArrayList<>();
        for (double alphaD : new double[] {0.5, 1, 10}) {
            uRows.add(new BenchCommand.Case("alpha_D=" + alphaD, () -> AtypicalSource.THEORY.alphaLargeDeviation(alphaD,
                    Monitor.NONE)));
        }
        out.add(new BenchCommand.Benchmark("rf-large-deviation-row", "alpha_U(alpha_D) of the random-features model, "
                + "one row of the panel's large-deviation line (alpha_c included): the worst of alpha_D = 0.5, 1, 10",
                1000, 3, uRows));
        out.add(new BenchCommand.Benchmark("alpha-le-storage", "alpha_LE of the storage problem (theory local-entropy "
                + "--alpha-le, the criterion's root only)", 300, 10, List.of(new BenchCommand.Case("alpha-le-storage",
                () -> new LocalEntropyTransition().alphaLE()))));
        List<BenchCommand.Case> rows = new ArrayList<>();
        for (double alphaD : new double[] {0.001, 1, 10}) {
            rows.add(new BenchCommand.Case("alpha_D=" + alphaD, () -> new AtypicalTransition(Monitor.NONE).alphaLE(alphaD)));
        }
        out.add(new BenchCommand.Benchmark("rf-alpha-le-row", "alpha_LE(alpha_D) of the random-features model, one row "
                + "(theory random-features --thresholds without alpha_c): the worst of three rows", 1000, 3, rows));
        out.add(new BenchCommand.Benchmark("rf-alpha-le-line", "the atypical-transition panel's whole alpha_LE line "
                + "(each row with its large-deviation alpha_U), "
                + "rows side by side on the compute pool (" + ComputePool.threads() + " threads), no cache", 5000, 2,
                List.of(new BenchCommand.Case("rf-alpha-le-line", () -> new AtypicalBackend(AtypicalSource.THEORY)
                        .computeLine(AtypicalBackend.LINE_ALPHA_D, "", ComputePool.threads(), Monitor.NONE)))));
        double cutAlphaD = 1;
        ThresholdResult[] cut = new ThresholdResult[2];
        out.add(new BenchCommand.Benchmark("rf-cut-curves", "the Franz-Parisi curves on the cut at alpha_D = 1 (alpha_c "
                + "and alpha_LE known), no cache", 2000, 3, List.of(new BenchCommand.Case("rf-cut-curves", () -> {
                    if (cut[0] == null) {
                        cut[0] = new InterpolationThreshold().alphaC(cutAlphaD, Monitor.NONE);
                        cut[1] = new AtypicalTransition(Monitor.NONE).alphaLE(cutAlphaD);
                    }
                    return new AtypicalBackend(AtypicalSource.THEORY).curves(cutAlphaD, cut[0], cut[1], Monitor.NONE);
                }))));
        return out;
    }

    /** CURVE_POINTS distances up to dMax, evenly spaced, without 0. */
    private static double[] curveDistances(double dMax) {
        double[] d = new double[CURVE_POINTS];
        for (int i = 0; i < d.length; i++) {
            d[i] = dMax * (i + 1) / d.length;
        }
        return d;
    }
}
