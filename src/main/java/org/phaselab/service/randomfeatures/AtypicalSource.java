package org.phaselab.service.randomfeatures;

import java.util.List;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.largedeviation.LargeDeviationTransition;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.randomfeatures.AtypicalTransition;
import org.phaselab.theory.randomfeatures.InterpolationThreshold;
import org.phaselab.theory.randomfeatures.LocalEntropyPointRF;
import org.phaselab.theory.randomfeatures.RandomFeaturesFranzParisi;
import org.phaselab.theory.randomfeatures.ThresholdResult;

/**
 * Where the local-entropy numbers of the random-features panel come from: the theory ({@link #THEORY}) in the
 * app and the command line, a fake in tests (so panel tests do not wait for the Franz-Parisi solver).
 */
public interface AtypicalSource {
    /** alpha_LE(alpha_D): converged with the value, or not converged with the reason (5-60 s on one core). */
    ThresholdResult alphaLE(double alphaD, Monitor monitor);

    /**
     * alpha_U(alpha_D), where the y -&gt; infinity large-deviation local entropy turns non-monotonic (docs/large-deviation.md
     * LD 15.8; about 1 s), converged with the value or not with the reason.
     */
    ThresholdResult alphaLargeDeviation(double alphaD, Monitor monitor);

    /**
     * phi_FP(d) around the max-margin references at load alpha (~0.1-1 s per point); throws
     * IllegalArgumentException when there is no reference (alpha >= alpha_c).
     */
    List<LocalEntropyPointRF> curve(double alpha, double alphaD, double[] distances, Monitor monitor);

    /** The replica theory of {@code org.phaselab.theory.randomfeatures}. */
    AtypicalSource THEORY = new AtypicalSource() {
        @Override
        public ThresholdResult alphaLE(double alphaD, Monitor monitor) {
            return new AtypicalTransition(monitor).alphaLE(alphaD);
        }

        @Override
        public ThresholdResult alphaLargeDeviation(double alphaD, Monitor monitor) {
            ThresholdResult c = new InterpolationThreshold().alphaC(alphaD, monitor);
            if (!c.converged()) {
                return new ThresholdResult(Double.NaN, null, Convergence.failed(Convergence.Kind.NO_SOLUTION,
                        "alpha_c: " + c.failure(), 0, Double.NaN));
            }
            RootResult u = LargeDeviationTransition.randomFeatures(alphaD, monitor).nonMonotonicBelow(c.value());
            return new ThresholdResult(u.converged() ? u.root() : Double.NaN, null, u.convergence());
        }

        @Override
        public List<LocalEntropyPointRF> curve(double alpha, double alphaD, double[] distances, Monitor monitor) {
            return RandomFeaturesFranzParisi.aroundMaxMargin(alpha, alphaD, monitor).curve(distances, monitor);
        }
    };
}
