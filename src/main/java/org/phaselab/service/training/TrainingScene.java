package org.phaselab.service.training;

import org.phaselab.training.data.DataSpec;
import org.phaselab.training.measure.SweepRequest;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.AnnealingTrainer;
import org.phaselab.training.trainer.RsgdTrainer;
import org.phaselab.training.trainer.SbpiTrainer;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainerFactory;

/**
 * Every parameter of the training lab as one immutable snapshot: what a preset stores, what the
 * controls set, and what runs and sweeps are built from. The teacher (teacher data) has the student's
 * architecture; the data seed also seeds the trainer unless Reseed changed {@code trainerSeed}.
 *
 * @param student      perceptron, tree or fully connected committee
 * @param k            hidden units (odd; 1 for the perceptron)
 * @param data         random labels (storage) or a planted teacher
 * @param n            inputs N
 * @param alpha        load P/N of the live run
 * @param algorithm    the live run's algorithm (and the efficient one of a sweep, CP+R if this is SA)
 * @param sbpiPs       SBPI's probability p_s of the metaplastic rule R2
 * @param rsgdReplicas replicas y of replicated SGD (odd)
 * @param saSweeps     length of the annealing schedule, in sweeps
 * @param seed         seed of the data
 * @param trainerSeed  seed of the trainer's initial weights and random stream
 * @param maxEpochs    stop after this many sweeps
 * @param maxSeconds   stop the live run after this running time
 * @param stopAtZeroErrors  stop the live run once it has no training error (sweeps always do: they count solved runs)
 * @param sweepAlphaMin  first alpha of the sweep grid
 * @param sweepAlphaMax  last alpha of the sweep grid
 * @param sweepPoints    alphas on the grid
 * @param sweepSeeds     seeds per alpha
 * @param sweepSeconds   time budget of each run of a sweep
 */
public record TrainingScene(StudentKind student, int k, DataKind data, int n, double alpha, Algorithm algorithm,
                            double sbpiPs, int rsgdReplicas, int saSweeps, int seed, int trainerSeed, int maxEpochs,
                            double maxSeconds, boolean stopAtZeroErrors, double sweepAlphaMin, double sweepAlphaMax, int sweepPoints, int sweepSeeds,
                            double sweepSeconds) {
    public enum StudentKind { PERCEPTRON, TREE, COMMITTEE }

    public enum DataKind { STORAGE, TEACHER }

    /** Test patterns drawn for teacher data. */
    public static final int TEST_SIZE = 5000;

    public static final TrainingScene DEFAULT = new TrainingScene(StudentKind.PERCEPTRON, 1, DataKind.STORAGE, 1001, 0.6,
            Algorithm.CPR, 0.3, 7, 2000, 1, 1, 20000, 30, true, 0.2, 0.8, 7, 4, 5);

    public TrainingScene {
        check(student != null && data != null && algorithm != null, "student, data and algorithm must be set");
        check(k >= 1 && k <= 15 && k % 2 == 1, "K must be odd in 1..15, got " + k);
        check(student != StudentKind.PERCEPTRON || k == 1, "a perceptron has K = 1, got " + k);
        check(n >= 11 && n <= 20001, "N must lie in 11..20001, got " + n);
        check(student != StudentKind.TREE || n % k == 0, "a tree needs N divisible by K, got N = " + n + ", K = " + k);
        check(alpha > 0 && alpha <= 5 && Math.round(alpha * n) >= 1, "alpha must lie in (0, 5] and give a pattern, got " + alpha);
        check(sbpiPs >= 0 && sbpiPs <= 1, "p_s must lie in [0, 1], got " + sbpiPs);
        check(rsgdReplicas >= 1 && rsgdReplicas <= 21 && rsgdReplicas % 2 == 1, "replicas y must be odd in 1..21, got " + rsgdReplicas);
        check(saSweeps >= 10 && saSweeps <= 1_000_000, "annealing sweeps must lie in 10..1000000, got " + saSweeps);
        check(seed >= 1 && trainerSeed >= 1, "seeds must be >= 1");
        check(maxEpochs >= 1, "max epochs must be >= 1, got " + maxEpochs);
        check(maxSeconds > 0 && maxSeconds <= 3600, "time budget must lie in (0, 3600] s, got " + maxSeconds);
        check(sweepAlphaMin > 0 && sweepAlphaMax >= sweepAlphaMin && sweepAlphaMax <= 5,
                "sweep alphas need 0 < min <= max <= 5, got " + sweepAlphaMin + ", " + sweepAlphaMax);
        check(sweepPoints >= 1 && sweepPoints <= 40, "sweep points must lie in 1..40, got " + sweepPoints);
        check(sweepSeeds >= 1 && sweepSeeds <= 100, "sweep seeds must lie in 1..100, got " + sweepSeeds);
        check(sweepSeconds > 0 && sweepSeconds <= 3600, "sweep time budget must lie in (0, 3600] s, got " + sweepSeconds);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public Architecture architecture() {
        return switch (student) {
            case PERCEPTRON -> Architecture.perceptron(n);
            case TREE -> Architecture.tree(n, k);
            case COMMITTEE -> Architecture.fullyConnected(n, k);
        };
    }

    public DataSpec dataSpec(double alphaOfRun, long dataSeed) {
        return data == DataKind.STORAGE ? DataSpec.storage(n, alphaOfRun, dataSeed)
                : DataSpec.teacher(architecture(), alphaOfRun, TEST_SIZE, dataSeed);
    }

    /** The live run's data. */
    public DataSpec dataSpec() {
        return dataSpec(alpha, seed);
    }

    public StopRule stopRule() {
        return new StopRule(stopAtZeroErrors, maxEpochs, maxSeconds);
    }

    /** The trainer of an algorithm with this scene's parameters (defaults for the rest). */
    public TrainerFactory trainer(Algorithm a) {
        return switch (a) {
            case SBPI -> (arch, d, s) -> {
                SbpiTrainer.Params p = SbpiTrainer.Params.defaults(arch);
                return new SbpiTrainer(arch, d, new SbpiTrainer.Params(p.thetaM(), sbpiPs, p.bound()), s);
            };
            case RSGD -> (arch, d, s) -> {
                RsgdTrainer.Params p = RsgdTrainer.Params.defaults(arch);
                return new RsgdTrainer(arch, d, new RsgdTrainer.Params(rsgdReplicas, p.eta(), p.lambda(), p.lambdaFactor(),
                        p.gamma(), p.gammaStep(), p.batch(), p.margin()), s);
            };
            case SA -> (arch, d, s) -> {
                AnnealingTrainer.Params p = AnnealingTrainer.Params.defaults();
                return new AnnealingTrainer(arch, d, new AnnealingTrainer.Params(p.beta0(), p.beta1(), saSweeps), s);
            };
            default -> a.defaults();
        };
    }

    /** The efficient algorithm of a sweep: the chosen one, or CP+R if simulated annealing is chosen. */
    public Algorithm efficientAlgorithm() {
        return algorithm == Algorithm.SA ? Algorithm.CPR : algorithm;
    }

    public double[] sweepAlphas() {
        double[] a = new double[sweepPoints];
        for (int i = 0; i < a.length; i++) {
            a[i] = sweepPoints == 1 ? sweepAlphaMin : sweepAlphaMin + (sweepAlphaMax - sweepAlphaMin) * i / (sweepPoints - 1);
        }
        return a;
    }

    /** A sweep of one algorithm over the grid, seeds seed, seed + 1, ... */
    public SweepRequest sweepRequest(Algorithm a) {
        return new SweepRequest(dataSpec(sweepAlphaMin, seed), architecture(), trainer(a), sweepAlphas(), sweepSeeds, seed,
                new StopRule(true, maxEpochs, sweepSeconds));
    }

    public TrainingScene withTrainerSeed(int s) {
        return new TrainingScene(student, k, data, n, alpha, algorithm, sbpiPs, rsgdReplicas, saSweeps, seed, s, maxEpochs,
                maxSeconds, stopAtZeroErrors, sweepAlphaMin, sweepAlphaMax, sweepPoints, sweepSeeds, sweepSeconds);
    }
}
