package org.phaselab.service.deep;

import java.util.List;
import org.phaselab.theory.deeplinear.BranchPoint;
import org.phaselab.theory.deeplinear.Transition;

/** b*(gamma) with both branches and the loss derivatives on [0, gammaMax], and the transition. */
public record PhaseDiagram(Transition transition, List<BranchPoint> points, double gammaMax) {
    public PhaseDiagram {
        points = List.copyOf(points);
    }
}
