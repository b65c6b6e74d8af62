package org.phaselab.service.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phaselab.training.measure.SweepPoint;
import org.phaselab.training.trainer.Algorithm;

/** The points of one algorithm's alpha sweep so far, in alpha order. */
public record SweepSeries(Algorithm algorithm, List<SweepPoint> points) {
    public SweepSeries {
        points = points.stream().sorted(Comparator.comparingDouble(SweepPoint::alpha)).toList();
    }

    public static SweepSeries empty(Algorithm a) {
        return new SweepSeries(a, List.of());
    }

    public SweepSeries with(SweepPoint p) {
        List<SweepPoint> more = new ArrayList<>(points);
        more.add(p);
        return new SweepSeries(algorithm, more);
    }
}
