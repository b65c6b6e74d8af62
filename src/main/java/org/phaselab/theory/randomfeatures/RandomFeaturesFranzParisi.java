package org.phaselab.theory.randomfeatures;

import java.util.ArrayList;
import java.util.List;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.Monitor;

/**
 * Franz-Parisi local entropy of the random-features perceptron around references of margin kappaRef
 * (docs/random-features.md). Skeleton: every point fails until the solver lands.
 */
public final class RandomFeaturesFranzParisi {
    private final RandomFeaturesModel students;
    private final double kappaRef;

    /** Students of {@code students} (alpha, alphaD, kappa, k1, kStar) around references of margin kappaRef. */
    public RandomFeaturesFranzParisi(RandomFeaturesModel students, double kappaRef) {
        this.students = students;
        this.kappaRef = kappaRef;
    }

    /** Students at kappa = 0 around the max-margin references at (alpha, alphaD); throws if there are none (UNSAT). */
    public static RandomFeaturesFranzParisi aroundMaxMargin(double alpha, double alphaD, Monitor monitor) {
        RandomFeaturesModel model = RandomFeaturesModel.sign(alpha, alphaD);
        ThresholdResult k = new MaxMarginReference().kappaMax(model, monitor);
        if (!k.converged()) {
            throw new IllegalArgumentException("no max-margin reference at alpha = " + alpha + ", alphaD = " + alphaD
                    + ": " + k.failure());
        }
        return new RandomFeaturesFranzParisi(model, k.value());
    }

    public double kappaRef() {
        return kappaRef;
    }

    /** Points at the given distances, in order; cancellation honoured between points. */
    public List<LocalEntropyPointRF> curve(double[] distances, Monitor monitor) {
        List<LocalEntropyPointRF> out = new ArrayList<>();
        for (double d : distances) {
            monitor.checkCancelled();
            out.add(new LocalEntropyPointRF(d, Double.NaN, Double.NaN, Gaussian.binaryEntropy(d), false, "not implemented yet"));
        }
        return out;
    }
}
