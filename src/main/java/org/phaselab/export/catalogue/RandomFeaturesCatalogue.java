package org.phaselab.export.catalogue;

import java.util.List;
import org.phaselab.export.builders.LocalEntropyCurvesFigure;
import org.phaselab.export.builders.RandomFeaturesFigures;
import org.phaselab.progress.Monitor;
import org.phaselab.service.randomfeatures.OverparameterizationSweep;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;

/**
 * The atypical-transition panel's figures (Baldassi et al. PRE 106, 014116 (2022)): the phase diagram N/P vs α_D with
 * α_c and α_LE (main), and on the cut at α_D the typical entropy, the generalization errors, the Franz-Parisi local
 * entropy curves and the local energy of trained solutions.
 */
public final class RandomFeaturesCatalogue {
    /**
     * alpha_D rows of the local-entropy line in a headless render: two of the panel's six (the preset's cut and the
     * far end), computed side by side, so a render costs one alpha_LE on two cores, not six.
     */
    private static final double[] RENDER_LE_ALPHA_D = {2, 10};

    private RandomFeaturesCatalogue() {}

    public static FigureCatalogue<RandomFeaturesScene> of(RandomFeaturesBackend backend, int threads) {
        List<org.phaselab.service.param.Param<?>> all = RandomFeaturesScene.SCHEMA.params();
        return new FigureCatalogue<>(RandomFeaturesScene.SCHEMA,
                new FigureEntry<>("rf-diagram", "Phase diagram: interpolation and local-entropy transitions", all,
                        (s, m) -> RandomFeaturesFigures.phaseDiagram(backend.phaseDiagram(m), s.alphaD(), sweep(backend, s, m),
                                backend.atypical().computeLine(RENDER_LE_ALPHA_D, "render: 2 of the panel's 6 rows", threads, m))),
                new FigureEntry<>("rf-entropy", "Typical entropy on the cut", all,
                        (s, m) -> RandomFeaturesFigures.entropy(backend.cut(s.alphaD(), false, m), sweep(backend, s, m),
                                backend.atypical().alphaLE(s.alphaD(), m))),
                new FigureEntry<>("rf-errors", "Generalization errors on the cut", all,
                        (s, m) -> RandomFeaturesFigures.errors(backend.cut(s.alphaD(), true, m), sweep(backend, s, m),
                                backend.atypical().alphaLE(s.alphaD(), m))),
                new FigureEntry<>("rf-le-curves", "Local entropy around max-margin references on the cut", all,
                        (s, m) -> LocalEntropyCurvesFigure.of(backend.atypical().curves(s.alphaD(),
                                backend.cut(s.alphaD(), false, m).interpolation(), backend.atypical().alphaLE(s.alphaD(), m), m))),
                new FigureEntry<>("rf-local-energy", "Local energy of trained solutions vs N/P", all,
                        (s, m) -> RandomFeaturesFigures.localEnergy(backend.cut(s.alphaD(), false, m), sweep(backend, s, m))));
    }

    private static OverparameterizationSweep sweep(RandomFeaturesBackend backend, RandomFeaturesScene scene, Monitor monitor) {
        return scene.trainingSweep() ? backend.trainingSweep(scene.alphaD(), monitor) : null;
    }
}
