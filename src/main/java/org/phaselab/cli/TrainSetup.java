package org.phaselab.cli;

import java.util.List;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.HiddenManifold;
import org.phaselab.training.data.Problem;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;

/**
 * The checked settings of {@code train}: every impossible combination becomes a one-line BadInputException.
 * {@code latentD} is the latent dimension of hidden-manifold data, 0 for the other data.
 */
record TrainSetup(Architecture student, DataSpec data, int latentD, Algorithm algorithm, double[] flipFractions) {

    /** Draws the problem the settings describe. */
    Problem problem() {
        return latentD > 0 ? HiddenManifold.generate(data, latentD) : ProblemGenerator.generate(data);
    }

    static TrainSetup parse(TrainCommand c) {
        // the training lab's declarations: the command accepts what the panel's controls accept
        Ranges.requireDeclared("--n", c.n, TrainingScene.N);
        Ranges.requireDeclared("--alpha", c.alpha, TrainingScene.ALPHA);
        if (TrainLimits.patterns(c.alpha, c.n) < 1) {
            throw new BadInputException("--alpha " + c.alpha + " with --n " + c.n + " gives no training pattern");
        }
        Ranges.requireDeclared("--max-seconds", c.maxSeconds, TrainingScene.MAX_SECONDS);
        Ranges.requireDeclared("--max-epochs", c.maxEpochs, TrainingScene.MAX_EPOCHS);
        Algorithm algorithm;
        try {
            algorithm = Algorithm.fromKey(c.algorithm);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--algorithm: " + e.getMessage());
        }
        DataSpec.InputKind inputs = switch (c.inputs.toLowerCase()) {
            case "binary" -> DataSpec.InputKind.BINARY;
            case "gaussian" -> DataSpec.InputKind.GAUSSIAN;
            default -> throw new BadInputException("--inputs must be binary or gaussian, got '" + c.inputs + "'");
        };
        if (inputs == DataSpec.InputKind.GAUSSIAN && algorithm.needsBinaryInputs()) {
            throw new BadInputException("--algorithm " + algorithm.key() + " needs +-1 inputs; use rsgd, sgd or sa with --inputs gaussian");
        }
        Architecture student = student(c.student, c.n, c.k);
        boolean hiddenManifold = c.data.equalsIgnoreCase("hidden-manifold");
        Architecture teacher = switch (c.data.toLowerCase()) {
            case "storage", "hidden-manifold" -> null;
            case "teacher" -> teacher(student, c.n, c.teacherK);
            default -> throw new BadInputException("--data must be storage, teacher or hidden-manifold, got '" + c.data + "'");
        };
        int latentD = latentDimension(c, hiddenManifold, inputs);
        if (teacher != null || hiddenManifold) {
            Ranges.requireIn("--test-size", c.testSize, 1, TrainLimits.MAX_TEST_SIZE);
        }
        Ranges.requireIn("--flip-sets", c.flipSets, 2, TrainLimits.MAX_FLIP_SETS);
        List<Double> ps = c.localEnergy == null ? List.of() : c.localEnergy;
        if (ps.size() > TrainLimits.MAX_FLIP_FRACTIONS) {
            throw new BadInputException("--local-energy takes at most " + TrainLimits.MAX_FLIP_FRACTIONS + " values, got " + ps.size());
        }
        double[] flips = new double[ps.size()];
        for (int i = 0; i < flips.length; i++) {
            Double p = ps.get(i);
            if (p == null || !(p >= 0 && p <= 1)) {
                throw new BadInputException("--local-energy values must lie in [0, 1], got " + p);
            }
            flips[i] = p;
        }
        DataSpec data = new DataSpec(c.n, c.alpha, inputs, teacher, teacher == null && !hiddenManifold ? 0 : c.testSize, c.seed);
        TrainLimits.requireMemory(c, student, data, latentD, algorithm.key());
        TrainLimits.requireLocalEnergyWork(c, flips.length, data.trainSize());
        if (c.fbpStep != null && (algorithm != Algorithm.FBP || !(c.fbpStep > 0 && c.fbpStep < 1))) {
            throw new BadInputException("--fbp-step goes with --algorithm fbp and must lie in (0, 1), got " + c.fbpStep);
        }
        if (!algorithm.trainsCommittees() && student.k() != 1) {
            throw new BadInputException("--algorithm " + algorithm.key() + " is implemented for --student perceptron only");
        }
        return new TrainSetup(student, data, latentD, algorithm, flips);
    }

    /** The patterns of storage data at (n, alpha) must fit the heap (checked before anything is drawn). */
    static void requireMemory(int n, double alpha) {
        requireHeap(DataSpec.storage(n, alpha, 1));
    }

    private static void requireHeap(DataSpec data) {
        try {
            data.requireHeap();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** --d goes with --data hidden-manifold only (features are sign(F c/sqrt D): +-1 inputs). */
    private static int latentDimension(TrainCommand c, boolean hiddenManifold, DataSpec.InputKind inputs) {
        if (!hiddenManifold) {
            if (c.d != null) {
                throw new BadInputException("--d is the latent dimension of --data hidden-manifold; it does not apply to --data " + c.data);
            }
            return 0;
        }
        if (c.d == null) {
            throw new BadInputException("--data hidden-manifold needs --d, the latent dimension");
        }
        Ranges.requireIn("--d", c.d, 1, TrainLimits.MAX_LATENT_D);
        if (inputs != DataSpec.InputKind.BINARY) {
            throw new BadInputException("--data hidden-manifold has +-1 inputs sign(F c/sqrt D); --inputs gaussian does not apply");
        }
        return c.d;
    }

    private static Architecture student(String kind, int n, Integer k) {
        switch (kind.toLowerCase()) {
            case "perceptron":
                if (k != null && k != 1) {
                    throw new BadInputException("--k must be 1 (or absent) for a perceptron, got " + k);
                }
                return Architecture.perceptron(n);
            case "tree":
                int kt = checkOdd("--k", k == null ? 3 : k, n);
                if (n % kt != 0) {
                    throw new BadInputException("--student tree needs --n divisible by --k, got N = " + n + ", K = " + kt);
                }
                return Architecture.tree(n, kt);
            case "committee":
                return Architecture.fullyConnected(n, checkOdd("--k", k == null ? 3 : k, n));
            default:
                throw new BadInputException("--student must be perceptron, tree or committee, got '" + kind + "'");
        }
    }

    private static Architecture teacher(Architecture student, int n, int k) {
        checkOdd("--teacher-k", k, n);
        if (k == 1) {
            return Architecture.perceptron(n);
        }
        if (student.kind() == Architecture.Kind.TREE) {
            if (n % k != 0) {
                throw new BadInputException("a tree teacher needs --n divisible by --teacher-k, got N = " + n + ", K = " + k);
            }
            return Architecture.tree(n, k);
        }
        return Architecture.fullyConnected(n, k);
    }

    private static int checkOdd(String option, int k, int n) {
        if (k < TrainingScene.K.min() || k % 2 == 0 || k > TrainingScene.K.max()) {
            throw new BadInputException(option + " must be an odd number in " + TrainingScene.K.min() + ".." + TrainingScene.K.max()
                    + " (the committee votes), got " + k);
        }
        if (k > n) {
            throw new BadInputException(option + " " + k + " is more hidden units than the --n " + n + " inputs");
        }
        return k;
    }
}
