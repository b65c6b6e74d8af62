package org.phaselab.cli;

import org.phaselab.training.data.DataSpec;
import org.phaselab.training.net.Architecture;

/**
 * The documented limits of {@code train} beyond the training lab's declarations (N, K, alpha, epochs and seconds are
 * checked against {@code TrainingScene}'s, so the command and the panel accept the same values) and the memory its data, student and trainer take, estimated from the
 * sizes before anything is drawn: P x N sign bytes and packed bits per pattern set (doubles for Gaussian inputs), a
 * second copy for a tree's receptive fields, N x D doubles of hidden-manifold features plus their int rows while
 * drawn, and the annealer's float columns.
 */
final class TrainLimits {
    static final long MAX_PATTERNS = 10_000_000;
    static final int MAX_TEST_SIZE = 1_000_000;
    static final int MAX_LATENT_D = 100_000;
    static final int MAX_FLIP_SETS = 100_000;
    static final int MAX_FLIP_FRACTIONS = 100;
    /** Pattern-weight products of the local energy (flip sets x p values x P x N): about a minute at worst. */
    static final double MAX_LOCAL_ENERGY_WORK = 2e11;
    /** Multiply-adds to draw hidden-manifold data ((P + test) x N x D). */
    static final double MAX_MANIFOLD_WORK = 2e11;

    private TrainLimits() {}

    /** P = round(alpha N), checked before it is cast to int. */
    static int patterns(double alpha, int n) {
        double p = Math.rint(alpha * n);
        if (p > MAX_PATTERNS) {
            throw new BadInputException("--alpha " + alpha + " with --n " + n + " gives P = " + String.format("%.4g", p)
                    + " training patterns; the limit is " + MAX_PATTERNS);
        }
        return (int) p;
    }

    /** Refuses a problem that would not fit in the heap, naming the sizes that make it large. */
    static void requireMemory(TrainCommand c, Architecture student, DataSpec data, int latentD, String algorithm) {
        double n = data.n();
        double p = data.trainSize();
        double test = data.teacher() != null || latentD > 0 ? data.testSize() : 0;
        boolean gaussian = data.inputs() == DataSpec.InputKind.GAUSSIAN;
        double perPattern = gaussian ? 16 + 8 * n : 2 * 16 + n + 8 * Math.ceil(n / 64);
        double bytes = (p + test) * (perPattern + 8);
        if (student.kind() == Architecture.Kind.TREE) {
            bytes += (p + test) * (perPattern + 16 * student.k());
        }
        if (latentD > 0) {
            bytes += Limits.matrix(n, latentD, 8) + Limits.matrix(Math.max(p, test), n, 4);
        }
        if (algorithm.equalsIgnoreCase("sa")) {
            bytes += 4 * p * n * student.k() + 16.0 * student.k() * p;
        }
        bytes += 256 * (double) student.totalWeights() + 64 * p; // weights, replicas, orders, fields
        String sizes = "--n " + c.n + " with --alpha " + c.alpha + (test > 0 ? " and --test-size " + c.testSize : "")
                + (latentD > 0 ? " and --d " + latentD : "") + (student.k() > 1 ? " and --k " + student.k() : "");
        Limits.requireMemory(sizes, bytes);
        if (latentD > 0 && (p + test) * n * latentD > MAX_MANIFOLD_WORK) {
            throw new BadInputException(sizes + " needs " + String.format("%.3g", (p + test) * n * latentD)
                    + " multiply-adds to draw the data; the limit is " + String.format("%.0e", MAX_MANIFOLD_WORK));
        }
    }

    /** The local energy's cost: every flip set of every p is a pass over the training set. */
    static void requireLocalEnergyWork(TrainCommand c, int fractions, int patterns) {
        double work = (double) c.flipSets * fractions * patterns * c.n;
        if (work > MAX_LOCAL_ENERGY_WORK) {
            throw new BadInputException("--local-energy with " + fractions + " values x --flip-sets " + c.flipSets + " x P = "
                    + patterns + " x --n " + c.n + " is " + String.format("%.3g", work)
                    + " pattern-weight products; the limit is " + String.format("%.0e", MAX_LOCAL_ENERGY_WORK)
                    + " (fewer flip sets or p values)");
        }
    }
}
