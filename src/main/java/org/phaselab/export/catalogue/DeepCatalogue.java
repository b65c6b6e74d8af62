package org.phaselab.export.catalogue;

import java.util.List;
import org.phaselab.export.builders.DeepTransitionFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.Monitor;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.service.deep.SweepPair;

/** The deep-transition panel's figures (Ziyin & Ueda): b*(γ) with trained nets (main), the landscape L(b), dL/dγ. */
public final class DeepCatalogue {
    private DeepCatalogue() {}

    public static FigureCatalogue<DeepScene> of(DeepTransitionBackend backend) {
        return new FigureCatalogue<>(DeepScene.SCHEMA,
                new FigureEntry<>("deep-order", "Order parameter b*(γ) with trained networks",
                        List.of(DeepScene.DEPTH, DeepScene.WIDTH, DeepScene.ACTIVATION, DeepScene.SWEEP_POINTS, DeepScene.SEED),
                        (s, m) -> orderParameter(backend, s, sweeps(backend, s, m), m)),
                new FigureEntry<>("deep-landscape", "Reduced loss L(b)", List.of(DeepScene.DEPTH, DeepScene.GAMMA),
                        (s, m) -> DeepTransitionFigures.landscape(backend.landscape(s.depth(), s.gamma()))),
                new FigureEntry<>("deep-derivatives", "Loss and its γ-derivative", List.of(DeepScene.DEPTH),
                        (s, m) -> DeepTransitionFigures.derivatives(diagram(backend, s, m))));
    }

    /** b*(γ) at the scene's depth with measured sweeps drawn over it (null: theory only). */
    public static Figure orderParameter(DeepTransitionBackend backend, DeepScene s, SweepPair measured, Monitor m) {
        return DeepTransitionFigures.orderParameter(diagram(backend, s, m), measured);
    }

    /** Training sweeps up and down in γ with the scene's net. */
    public static SweepPair sweeps(DeepTransitionBackend backend, DeepScene s, Monitor m) {
        return backend.sweeps(s.depth(), s.width(), s.activation(), DeepTransitionBackend.SWEEP_GAMMA_MIN, DeepScene.GAMMA_MAX,
                s.sweepPoints(), s.seed(), m);
    }

    private static org.phaselab.service.deep.PhaseDiagram diagram(DeepTransitionBackend backend, DeepScene s, Monitor m) {
        return backend.phaseDiagram(s.depth(), DeepScene.GAMMA_MAX, DeepTransitionBackend.DIAGRAM_POINTS, m);
    }
}
