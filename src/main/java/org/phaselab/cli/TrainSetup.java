package org.phaselab.cli;

import java.util.List;
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
        if (c.n < 1) {
            throw new BadInputException("--n must be >= 1, got " + c.n);
        }
        Ranges.requirePositive("--alpha", c.alpha);
        if (Math.round(c.alpha * c.n) < 1) {
            throw new BadInputException("--alpha " + c.alpha + " with --n " + c.n + " gives no training pattern");
        }
        Ranges.requirePositive("--max-seconds", c.maxSeconds);
        if (c.maxEpochs < 0) {
            throw new BadInputException("--max-epochs must be >= 0, got " + c.maxEpochs);
        }
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
        if ((teacher != null || hiddenManifold) && c.testSize < 1) {
            throw new BadInputException("--test-size must be >= 1, got " + c.testSize);
        }
        if (c.flipSets < 2) {
            throw new BadInputException("--flip-sets must be >= 2, got " + c.flipSets);
        }
        List<Double> ps = c.localEnergy == null ? List.of() : c.localEnergy;
        double[] flips = new double[ps.size()];
        for (int i = 0; i < flips.length; i++) {
            double p = ps.get(i);
            if (!(p >= 0 && p <= 1)) {
                throw new BadInputException("--local-energy values must lie in [0, 1], got " + p);
            }
            flips[i] = p;
        }
        DataSpec data = new DataSpec(c.n, c.alpha, inputs, teacher, teacher == null && !hiddenManifold ? 0 : c.testSize, c.seed);
        requireHeap(data);
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
        if (c.d < 1) {
            throw new BadInputException("--d must be >= 1, got " + c.d);
        }
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
                int kt = checkOdd("--k", k == null ? 3 : k);
                if (n % kt != 0) {
                    throw new BadInputException("--student tree needs --n divisible by --k, got N = " + n + ", K = " + kt);
                }
                return Architecture.tree(n, kt);
            case "committee":
                return Architecture.fullyConnected(n, checkOdd("--k", k == null ? 3 : k));
            default:
                throw new BadInputException("--student must be perceptron, tree or committee, got '" + kind + "'");
        }
    }

    private static Architecture teacher(Architecture student, int n, int k) {
        checkOdd("--teacher-k", k);
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

    private static int checkOdd(String option, int k) {
        if (k < 1 || k % 2 == 0) {
            throw new BadInputException(option + " must be an odd number >= 1 (the committee votes), got " + k);
        }
        return k;
    }
}
