package org.phaselab.service.training;

import java.util.List;
import org.phaselab.service.theory.Threshold;
import org.phaselab.training.measure.AlgorithmicThreshold;
import org.phaselab.training.measure.FiniteSizeExtrapolation;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;

/**
 * What a {@link FrontierRequest} measured so far: the solved fraction vs alpha of each (algorithm, N), its threshold
 * alpha_alg(N), each algorithm's extrapolation to N = infinity, and the theory it is drawn against: the capacity
 * alpha_c, the RS local-entropy threshold alpha_LE (either may be not converged or not ready: then not drawn) and
 * the literature's band for alpha_LE beyond RS, plus any further reference line ({@code otherReferences}, from
 * {@link TrainingTheory#frontierReferences()}, e.g. a large-deviation alpha_LE).
 *
 * @param finishedRuns runs that ended (solved or not); {@code complete} once all of the request's runs did
 */
public record FrontierResult(FrontierRequest request, List<Curve> curves, List<Extrapolation> fits, Threshold capacity,
                             Threshold localEntropy, double[] literatureBand, List<Threshold> otherReferences,
                             int finishedRuns, boolean complete) {
    /** One algorithm at one N: the finished alpha points (in alpha order) and where the solved fraction crosses 1/2. */
    public record Curve(Algorithm algorithm, int n, List<SweepPoint> points, AlgorithmicThreshold threshold) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    /** One algorithm's alpha_alg(N) extrapolated to N = infinity. */
    public record Extrapolation(Algorithm algorithm, FiniteSizeExtrapolation fit) {}

    public FrontierResult {
        curves = List.copyOf(curves);
        fits = List.copyOf(fits);
        literatureBand = literatureBand.clone();
        otherReferences = List.copyOf(otherReferences);
    }

    @Override
    public double[] literatureBand() {
        return literatureBand.clone();
    }

    /** The curves of one algorithm, in increasing N. */
    public List<Curve> curvesOf(Algorithm a) {
        return curves.stream().filter(c -> c.algorithm() == a).toList();
    }
}
