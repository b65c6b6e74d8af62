package org.phaselab.training.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.phaselab.progress.Monitor;

/** Runs a {@link SweepSpec}: one data set, one net, gamma stepped with the weights carried over. */
public final class GammaSweep {
    private GammaSweep() {}

    /** The data set and the measured points, in sweep order. */
    public record Result(SweepSpec spec, RegressionData data, List<TrainingPoint> points) {
        public Result {
            points = List.copyOf(points);
        }
    }

    public static Result run(SweepSpec spec, Monitor monitor) {
        RegressionData data = SyntheticRegression.generate(spec.data());
        DeepNet net = DeepNet.random(data.dimension(), spec.depth(), spec.width(), spec.activation(), spec.initNorm(),
                new SplittableRandom(spec.seed()));
        GradientDescent gd = new GradientDescent(net, data, spec.descent());
        List<TrainingPoint> points = new ArrayList<>(spec.points());
        for (int i = 0; i < spec.points(); i++) {
            monitor.checkCancelled();
            points.add(gd.run(spec.gamma(i)));
            monitor.progress((i + 1.0) / spec.points());
        }
        return new Result(spec, data, points);
    }
}
