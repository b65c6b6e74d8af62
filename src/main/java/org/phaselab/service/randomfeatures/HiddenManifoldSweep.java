package org.phaselab.service.randomfeatures;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.HiddenManifold;
import org.phaselab.training.measure.LocalEnergy;
import org.phaselab.training.measure.LocalEnergyPoint;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.RunOutcome;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainingRun;

/**
 * The training overlay of the cut: a binary perceptron trained by the lab's algorithm on hidden-manifold data
 * (training.data.HiddenManifold) at fixed P and D = round(P/alpha_D), for N on a grid of N/P, over seeds. Runs one
 * after the other on the caller's thread (the machine is shared), checking the monitor between sweeps. Each
 * solution found is measured: its test error and its local energy (flatness) at {@link #FLIP_FRACTIONS}.
 */
public final class HiddenManifoldSweep {
    /** N/P of the sweep: below and above the interpolation point of every alpha_D in the panel's range. */
    public static final double[] OVERPARAMETERIZATION = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0};
    public static final int TEST_SIZE = 1000;
    /**
     * Flip fractions p of the local energy of each solution found (Baldassi et al., PNAS 113, E7655 (2016)). Two
     * values a factor 3 apart, small enough to probe the solution's neighbourhood: p = 0.02 and 0.06 flip a whole
     * number of weights p N at every N of the panel's grid (N = P {0.5 ... 4}, P = 200: 2 ... 16 and 6 ... 48
     * weights), so the nominal p is the one measured; 0.01 and 0.05 would round 1.5 and 12.5 weights at N = 150, 250.
     */
    public static final double[] FLIP_FRACTIONS = {0.02, 0.06};
    /**
     * Flip sets per p and solution: the spread between seeds dominates the error bar, so 100 suffice; at N = 800,
     * P = 200 this is 200 error counts of the training set per solution, ~1.3 ms: ~1.5% of the panel's sweep at
     * alpha_D = 2 (0.03 s of ~2 s, measured with the jar on the 2-core machine).
     */
    public static final int FLIP_SETS = 100;
    /** Largest latent dimension: drawing N x D features for P + TEST_SIZE patterns costs N D (P + TEST_SIZE). */
    public static final int MAX_D = 400;
    /** Smallest alpha_D of the panel's sweep (P = {@value RandomFeaturesBackend#SWEEP_P}): D = P/alpha_D <= MAX_D. */
    public static final double MIN_ALPHA_D = RandomFeaturesBackend.SWEEP_P / (double) MAX_D;
    private final int p;
    private final int seeds;
    private final Algorithm algorithm;
    private final StopRule budget;

    /**
     * @param p         training patterns
     * @param seeds     runs per N (seeds 1..seeds)
     * @param algorithm the trainer, with its default parameters
     * @param budget    when a run gives up (it always stops at zero errors)
     */
    public HiddenManifoldSweep(int p, int seeds, Algorithm algorithm, StopRule budget) {
        if (p < 2 || seeds < 1) {
            throw new IllegalArgumentException("need P >= 2 and at least one seed, got P = " + p + ", seeds = " + seeds);
        }
        this.p = p;
        this.seeds = seeds;
        this.algorithm = algorithm;
        this.budget = new StopRule(true, budget.maxEpochs(), budget.maxSeconds());
    }

    /** Throws CancelledException when the monitor asks (the run in flight stops at its next sweep). */
    public OverparameterizationSweep run(double alphaD, Monitor monitor) {
        int d = Math.max(1, (int) Math.round(p / alphaD));
        if (d > MAX_D) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the training sweep needs alpha_D >= %.2f at P = %d (D = P/alpha_D <= %d; more takes minutes to draw)",
                    p / (double) MAX_D, p, MAX_D));
        }
        List<OverparameterizationSweep.Point> points = new ArrayList<>();
        int done = 0;
        for (double np : OVERPARAMETERIZATION) {
            int n = (int) Math.round(np * p);
            int solved = 0;
            double sum = 0;
            double sumSq = 0;
            double[][] energies = new double[FLIP_FRACTIONS.length][seeds];
            for (int s = 1; s <= seeds; s++) {
                monitor.checkCancelled();
                DataSpec shape = new DataSpec(n, p / (double) n, DataSpec.InputKind.BINARY, null, TEST_SIZE, s);
                TrainingRun run = new TrainingRun(HiddenManifold.generate(shape, d), Architecture.perceptron(n),
                        algorithm.defaults(), s);
                run.setTrackTest(false);
                RunOutcome outcome = run.run(budget, System::nanoTime, monitor::isCancelled);
                if (outcome.reason() == StopRule.Reason.CANCELLED) {
                    throw new CancelledException();
                }
                if (outcome.solved()) {
                    double eps = run.measureNow().testError();
                    // flip sets drawn with the run's seed: the same as measuring this network in the training lab
                    List<LocalEnergyPoint> flat = LocalEnergy.measure(run.network(), run.trainData(), null,
                            FLIP_FRACTIONS, FLIP_SETS, s);
                    for (int i = 0; i < FLIP_FRACTIONS.length; i++) {
                        energies[i][solved] = flat.get(i).trainError();
                    }
                    solved++;
                    sum += eps;
                    sumSq += eps * eps;
                }
                monitor.progress(++done / (double) (OVERPARAMETERIZATION.length * seeds));
            }
            double mean = solved == 0 ? Double.NaN : sum / solved;
            double stderr = solved < 2 ? Double.NaN : Math.sqrt(Math.max(0, sumSq / solved - mean * mean) / (solved - 1));
            List<SolvedLocalEnergy> localEnergy = new ArrayList<>();
            for (int i = 0; i < FLIP_FRACTIONS.length; i++) {
                localEnergy.add(SolvedLocalEnergy.over(FLIP_FRACTIONS[i], energies[i], solved));
            }
            points.add(new OverparameterizationSweep.Point(n, seeds, solved, mean, stderr, localEnergy));
        }
        return new OverparameterizationSweep(alphaD, p, d, algorithm.key(), seeds, points);
    }
}
