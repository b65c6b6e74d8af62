package org.phaselab.service.deep;

import org.phaselab.service.param.ChoiceParam;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.SceneSchema;
import org.phaselab.training.Activation;

/**
 * Everything the deep-transition panel shows, as one snapshot (for presets).
 *
 * @param depth       hidden layers D
 * @param gamma       weight decay of the landscape plot
 * @param width       hidden width of the trained nets
 * @param activation  hidden units of the trained nets
 * @param sweepPoints gamma points per sweep direction
 * @param seed        seed of data and initial weights
 */
public record DeepScene(int depth, double gamma, int width, Activation activation, int sweepPoints, int seed) {
    public static final double GAMMA_MAX = 1.2;

    public static final IntParam DEPTH = IntParam.of("depth", "depth D", 0, 5, 2).help("hidden layers D");
    public static final NumberParam GAMMA = NumberParam.of("gamma", "γ", 0, GAMMA_MAX, 0.3).format("%.3f").help("weight decay γ");
    public static final IntParam WIDTH = IntParam.of("width", "width", 1, 32, 8).help("hidden width h of the trained net");
    public static final ChoiceParam<Activation> ACTIVATION = ChoiceParam.of("activation", "units", Activation.class,
            Activation.LINEAR, Activation::displayName).help("hidden units of the trained nets");
    public static final IntParam SWEEP_POINTS = IntParam.of("sweep_points", "γ points", 2, 200, 24)
            .help("γ values per sweep direction").advanced();
    public static final IntParam SEED = IntParam.of("seed", "seed", 1, 1_000_000, 1).help("seed of data and initial weights").advanced();

    /** The panel's parameters, in component order: presets, controls and checks derive from it. */
    public static final SceneSchema<DeepScene> SCHEMA = SceneSchema.<DeepScene>of("deep")
            .add(DEPTH, DeepScene::depth).add(GAMMA, DeepScene::gamma).add(WIDTH, DeepScene::width)
            .add(ACTIVATION, DeepScene::activation).add(SWEEP_POINTS, DeepScene::sweepPoints).add(SEED, DeepScene::seed)
            .build(v -> new DeepScene(v.get(DEPTH), v.get(GAMMA), v.get(WIDTH), v.get(ACTIVATION), v.get(SWEEP_POINTS), v.get(SEED)));

    public static final DeepScene DEFAULT = SCHEMA.defaults();

    public DeepScene {
        SCHEMA.checkComponents(depth, gamma, width, activation, sweepPoints, seed);
    }
}
