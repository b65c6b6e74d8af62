package org.phaselab.service.training;

import org.phaselab.service.param.BoolParam;
import org.phaselab.service.param.ChoiceParam;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.SceneSchema;
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
 * @param frontier       the frontier study (where algorithms stop), its own declarations in {@link FrontierScene}
 */
public record TrainingScene(StudentKind student, int k, DataKind data, int n, double alpha, Algorithm algorithm,
                            double sbpiPs, int rsgdReplicas, int saSweeps, int seed, int trainerSeed, int maxEpochs,
                            double maxSeconds, boolean stopAtZeroErrors, double sweepAlphaMin, double sweepAlphaMax, int sweepPoints, int sweepSeeds,
                            double sweepSeconds, FrontierScene frontier) {
    public enum StudentKind {
        PERCEPTRON("perceptron"), TREE("tree committee"), COMMITTEE("committee machine");

        private final String displayName;

        StudentKind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public enum DataKind {
        STORAGE("random labels (storage)"), TEACHER("planted teacher");

        private final String displayName;

        DataKind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** Test patterns drawn for teacher data. */
    public static final int TEST_SIZE = 5000;

    public static final ChoiceParam<StudentKind> STUDENT = ChoiceParam.of("student", "student", StudentKind.class,
            StudentKind.PERCEPTRON, StudentKind::displayName).help("the binary network that learns");
    public static final IntParam K = IntParam.of("k", "K", 1, 15, 1).help("hidden units (odd; 1 for the perceptron)");
    public static final ChoiceParam<DataKind> DATA = ChoiceParam.of("data", "data", DataKind.class, DataKind.STORAGE,
            DataKind::displayName).help("random labels, or labels of a planted teacher with the student's architecture");
    public static final IntParam N = IntParam.of("n", "N", 11, 20001, 1001).help("inputs N (a tree needs N divisible by K)");
    public static final NumberParam ALPHA = NumberParam.of("alpha", "α", 0.001, 5, 0.6).format("%.3f")
            .help("load α = P/N of the run");
    public static final ChoiceParam<Algorithm> ALGORITHM = ChoiceParam.of("algorithm", "algorithm", Algorithm.class,
            Algorithm.CPR, Algorithm::displayName).token(Algorithm::key).help("the learning algorithm of the run");
    public static final NumberParam SBPI_PS = NumberParam.of("sbpi_ps", "p_s", 0, 1, 0.3)
            .help("SBPI: probability of the metaplastic step on barely correct patterns").advanced();
    public static final IntParam RSGD_REPLICAS = IntParam.of("rsgd_replicas", "replicas y", 1, 21, 7)
            .help("replicated SGD: number of replicas y (odd)");
    public static final IntParam SA_SWEEPS = IntParam.of("sa_sweeps", "SA sweeps", 10, 1_000_000, 2000)
            .help("simulated annealing: length of the schedule from β = 0.5 to 10, in sweeps").advanced();
    public static final IntParam SEED = IntParam.of("seed", "seed", 1, 1_000_000, 1)
            .help("seed of the data (patterns, labels, teacher)").advanced();
    public static final IntParam TRAINER_SEED = IntParam.of("trainer_seed", "trainer seed", 1, 1_000_000, 1)
            .help("seed of the trainer's initial weights and random stream (Reseed adds 1)").advanced();
    public static final IntParam MAX_EPOCHS = IntParam.of("max_epochs", "epochs", 1, 1_000_000, 20000)
            .help("stop after this many sweeps").advanced();
    public static final NumberParam MAX_SECONDS = NumberParam.of("max_seconds", "seconds", 0.1, 3600, 30.0).format("%.1f").unit("s")
            .help("time budget of the run (running time, in seconds)").advanced();
    public static final BoolParam STOP_AT_ZERO_ERRORS = BoolParam.of("stop_at_zero_errors", "stop at zero training errors", true,
            "stop the live run once it has no training error").advanced();
    public static final NumberParam SWEEP_ALPHA_MIN = NumberParam.of("sweep_alpha_min", "α from", 0.001, 5, 0.2)
            .help("first α of the grid");
    public static final NumberParam SWEEP_ALPHA_MAX = NumberParam.of("sweep_alpha_max", "α to", 0.001, 5, 0.8)
            .help("last α of the grid");
    public static final IntParam SWEEP_POINTS = IntParam.of("sweep_points", "points", 1, 40, 7).help("α values on the grid");
    public static final IntParam SWEEP_SEEDS = IntParam.of("sweep_seeds", "seeds", 1, 100, 4).help("runs per α (error bars over seeds)");
    public static final NumberParam SWEEP_SECONDS = NumberParam.of("sweep_seconds", "s / run", 0.1, 3600, 5.0).format("%.1f").unit("s")
            .help("time budget of each run of the sweep").advanced();

    /** The lab's parameters, in component order: presets, controls and checks derive from it. */
    public static final SceneSchema<TrainingScene> SCHEMA = SceneSchema.<TrainingScene>of("training")
            .add(STUDENT, TrainingScene::student).add(K, TrainingScene::k).add(DATA, TrainingScene::data).add(N, TrainingScene::n)
            .add(ALPHA, TrainingScene::alpha).add(ALGORITHM, TrainingScene::algorithm).add(SBPI_PS, TrainingScene::sbpiPs)
            .add(RSGD_REPLICAS, TrainingScene::rsgdReplicas).add(SA_SWEEPS, TrainingScene::saSweeps).add(SEED, TrainingScene::seed)
            .add(TRAINER_SEED, TrainingScene::trainerSeed).add(MAX_EPOCHS, TrainingScene::maxEpochs)
            .add(MAX_SECONDS, TrainingScene::maxSeconds).add(STOP_AT_ZERO_ERRORS, TrainingScene::stopAtZeroErrors)
            .add(SWEEP_ALPHA_MIN, TrainingScene::sweepAlphaMin).add(SWEEP_ALPHA_MAX, TrainingScene::sweepAlphaMax)
            .add(SWEEP_POINTS, TrainingScene::sweepPoints).add(SWEEP_SEEDS, TrainingScene::sweepSeeds)
            .add(SWEEP_SECONDS, TrainingScene::sweepSeconds)
            .add(FrontierScene.SIZES, s -> s.frontier().sizes()).add(FrontierScene.FBP, s -> s.frontier().fbp())
            .add(FrontierScene.SBPI, s -> s.frontier().sbpi()).add(FrontierScene.CPR, s -> s.frontier().cpr())
            .add(FrontierScene.RSGD, s -> s.frontier().rsgd()).add(FrontierScene.ALPHA_MIN, s -> s.frontier().alphaMin())
            .add(FrontierScene.ALPHA_MAX, s -> s.frontier().alphaMax()).add(FrontierScene.POINTS, s -> s.frontier().points())
            .add(FrontierScene.SEEDS, s -> s.frontier().seeds()).add(FrontierScene.SECONDS, s -> s.frontier().seconds())
            .build(v -> new TrainingScene(v.get(STUDENT), v.get(K), v.get(DATA), v.get(N), v.get(ALPHA), v.get(ALGORITHM),
                    v.get(SBPI_PS), v.get(RSGD_REPLICAS), v.get(SA_SWEEPS), v.get(SEED), v.get(TRAINER_SEED), v.get(MAX_EPOCHS),
                    v.get(MAX_SECONDS), v.get(STOP_AT_ZERO_ERRORS), v.get(SWEEP_ALPHA_MIN), v.get(SWEEP_ALPHA_MAX),
                    v.get(SWEEP_POINTS), v.get(SWEEP_SEEDS), v.get(SWEEP_SECONDS),
                    new FrontierScene(v.get(FrontierScene.SIZES), v.get(FrontierScene.FBP), v.get(FrontierScene.SBPI),
                            v.get(FrontierScene.CPR), v.get(FrontierScene.RSGD), v.get(FrontierScene.ALPHA_MIN),
                            v.get(FrontierScene.ALPHA_MAX), v.get(FrontierScene.POINTS), v.get(FrontierScene.SEEDS),
                            v.get(FrontierScene.SECONDS))));

    public static final TrainingScene DEFAULT = SCHEMA.defaults();

    public TrainingScene {
        check(frontier != null, "the frontier study's parameters must be given");
        SCHEMA.checkComponents(student, k, data, n, alpha, algorithm, sbpiPs, rsgdReplicas, saSweeps, seed, trainerSeed, maxEpochs,
                maxSeconds, stopAtZeroErrors, sweepAlphaMin, sweepAlphaMax, sweepPoints, sweepSeeds, sweepSeconds,
                frontier.sizes(), frontier.fbp(), frontier.sbpi(), frontier.cpr(), frontier.rsgd(), frontier.alphaMin(),
                frontier.alphaMax(), frontier.points(), frontier.seeds(), frontier.seconds());
        check(k % 2 == 1, "k must be odd, got " + k);
        check(student != StudentKind.PERCEPTRON || k == 1, "a perceptron has k = 1, got " + k);
        check(student != StudentKind.TREE || n % k == 0, "a tree needs n divisible by k, got n = " + n + ", k = " + k);
        check(Math.round(alpha * n) >= 1, "alpha * n must give at least one pattern, got alpha = " + alpha + ", n = " + n);
        check(rsgdReplicas % 2 == 1, "rsgd_replicas must be odd, got " + rsgdReplicas);
        check(algorithm.trainsCommittees() || student == StudentKind.PERCEPTRON,
                algorithm.displayName() + " is implemented for the perceptron only, got a " + student.displayName());
        check(sweepAlphaMax >= sweepAlphaMin,
                "sweep_alpha_max (" + sweepAlphaMax + ") must be at least sweep_alpha_min (" + sweepAlphaMin + ")");
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
                        p.lambdaMax(), p.gamma(), p.gammaStep(), p.batch(), p.margin()), s);
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
                maxSeconds, stopAtZeroErrors, sweepAlphaMin, sweepAlphaMax, sweepPoints, sweepSeeds, sweepSeconds, frontier);
    }

    /** The frontier study of this scene: seeds seed, seed + 1, ..., each run also bounded by max_epochs sweeps. */
    public FrontierRequest frontierRequest() {
        return frontier.request(seed, maxEpochs);
    }
}
