package org.phaselab.service.randomfeatures;

import java.util.Locale;
import org.phaselab.service.param.BoolParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.SceneSchema;

/**
 * Everything the random-features panel shows, as one snapshot (for presets).
 *
 * @param alphaD        P/D of the cut through the phase diagram (within the range of the diagram's grid)
 * @param trainingSweep whether the training sweep at this alpha_D is run and overlaid when the scene is opened
 */
public record RandomFeaturesScene(double alphaD, boolean trainingSweep) {
    public static final double ALPHA_D_MIN = 0.05;
    public static final double ALPHA_D_MAX = 20;

    public static final NumberParam ALPHA_D = NumberParam.of("alpha_d", "α_D", ALPHA_D_MIN, ALPHA_D_MAX, 2.0)
            .help("α_D = P/D: patterns per latent dimension of the hidden teacher (the cut through the diagram)");
    public static final BoolParam TRAINING_SWEEP = BoolParam.of("training_sweep", "training sweep", false,
            "run the training sweep over N at this α_D when the scene opens");

    /** The panel's parameters, in component order: presets, controls and checks derive from it. */
    public static final SceneSchema<RandomFeaturesScene> SCHEMA = SceneSchema.<RandomFeaturesScene>of("random-features")
            .add(ALPHA_D, RandomFeaturesScene::alphaD).add(TRAINING_SWEEP, RandomFeaturesScene::trainingSweep)
            .build(v -> new RandomFeaturesScene(v.get(ALPHA_D), v.get(TRAINING_SWEEP)));

    public static final RandomFeaturesScene DEFAULT = SCHEMA.defaults();

    public RandomFeaturesScene {
        SCHEMA.checkComponents(alphaD, trainingSweep);
        if (trainingSweep && alphaD < HiddenManifoldSweep.MIN_ALPHA_D) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the training sweep needs alpha_d >= %.2f, got alpha_d = %s", HiddenManifoldSweep.MIN_ALPHA_D, alphaD));
        }
    }
}
