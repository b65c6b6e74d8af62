package org.phaselab.service.jamming;

import java.util.Locale;
import org.phaselab.service.param.ChoiceParam;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.SceneSchema;
import org.phaselab.training.Activation;
import org.phaselab.training.jamming.JammingSetup;
import org.phaselab.training.jamming.TrainingOptions;

/**
 * Every parameter of the jamming panel as one snapshot: what a preset stores, what the sliders set,
 * and what the sweeps are built from (the same on screen and headless).
 *
 * @param patterns        P, random points of the width sweep
 * @param inputDim        d
 * @param depth           hidden layers L
 * @param widthFrom       smallest width of the sweep
 * @param widthTo         largest width of the sweep
 * @param seeds           seeds per width
 * @param activation      hidden non-linearity
 * @param perceptronN     N of the perceptron scan
 * @param kappa           margin of the perceptron scan
 * @param alphaFrom       smallest load of the perceptron scan
 * @param alphaTo         largest load
 * @param loads           number of loads
 * @param perceptronSeeds seeds per load
 */
public record JammingScene(int patterns, int inputDim, int depth, int widthFrom, int widthTo, int seeds, Activation activation,
                           int perceptronN, double kappa, double alphaFrom, double alphaTo, int loads, int perceptronSeeds) {
    public static final IntParam PATTERNS = IntParam.of("patterns", "P", 10, 1000, 300).help("number of random patterns");
    public static final IntParam INPUT_DIM = IntParam.of("input_dim", "d", 2, 50, 10)
            .help("input dimension; inputs have norm √d");
    public static final IntParam DEPTH = IntParam.of("depth", "depth", 1, 4, 2).help("number of hidden layers");
    public static final IntParam WIDTH_FROM = IntParam.of("width_from", "h from", 1, 60, 3).help("smallest width of the sweep");
    public static final IntParam WIDTH_TO = IntParam.of("width_to", "h to", 1, 60, 12).help("largest width of the sweep");
    public static final IntParam SEEDS = IntParam.of("seeds", "seeds", 1, 8, 3).help("independent data sets and starts per width");
    public static final ChoiceParam<Activation> ACTIVATION = ChoiceParam.of("activation", "activation", Activation.class,
            Activation.TANH, Activation::displayName).only(Activation.TANH, Activation.RELU).help("non-linearity of the hidden units");
    public static final IntParam PERCEPTRON_N = IntParam.of("perceptron_n", "N", 10, 400, 100).help("number of weights");
    public static final NumberParam KAPPA = NumberParam.of("kappa", "κ", -0.5, 2, 0.0).help("margin κ");
    public static final NumberParam ALPHA_FROM = NumberParam.of("alpha_from", "α from", 0.1, 5, 1.2).help("smallest load");
    public static final NumberParam ALPHA_TO = NumberParam.of("alpha_to", "α to", 0.2, 8, 2.8).help("largest load");
    public static final IntParam LOADS = IntParam.of("loads", "loads", 2, 25, 9).help("number of α values");
    public static final IntParam PERCEPTRON_SEEDS = IntParam.of("perceptron_seeds", "seeds", 1, 40, 8).help("patterns drawn per load");

    /** The panel's parameters, in component order: presets, sliders and checks derive from it. */
    public static final SceneSchema<JammingScene> SCHEMA = SceneSchema.<JammingScene>of("jamming")
            .add(PATTERNS, JammingScene::patterns).add(INPUT_DIM, JammingScene::inputDim).add(DEPTH, JammingScene::depth)
            .add(WIDTH_FROM, JammingScene::widthFrom).add(WIDTH_TO, JammingScene::widthTo).add(SEEDS, JammingScene::seeds)
            .add(ACTIVATION, JammingScene::activation).add(PERCEPTRON_N, JammingScene::perceptronN).add(KAPPA, JammingScene::kappa)
            .add(ALPHA_FROM, JammingScene::alphaFrom).add(ALPHA_TO, JammingScene::alphaTo).add(LOADS, JammingScene::loads)
            .add(PERCEPTRON_SEEDS, JammingScene::perceptronSeeds)
            .build(v -> new JammingScene(v.get(PATTERNS), v.get(INPUT_DIM), v.get(DEPTH), v.get(WIDTH_FROM), v.get(WIDTH_TO),
                    v.get(SEEDS), v.get(ACTIVATION), v.get(PERCEPTRON_N), v.get(KAPPA), v.get(ALPHA_FROM), v.get(ALPHA_TO),
                    v.get(LOADS), v.get(PERCEPTRON_SEEDS)));

    public static final JammingScene DEFAULT = SCHEMA.defaults();

    public JammingScene {
        SCHEMA.checkComponents(patterns, inputDim, depth, widthFrom, widthTo, seeds, activation, perceptronN, kappa, alphaFrom,
                alphaTo, loads, perceptronSeeds);
        if (widthTo < widthFrom) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "width_to (%d) must be >= width_from (%d)", widthTo, widthFrom));
        }
        if (!(alphaTo > alphaFrom)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "alpha_to (%s) must exceed alpha_from (%s)", alphaTo, alphaFrom));
        }
    }

    /** The setup of the narrowest net of the sweep (seed 1). */
    public JammingSetup baseSetup() {
        return new JammingSetup(patterns, inputDim, depth, widthFrom, activation, 1, TrainingOptions.defaults());
    }

    public int[] widths() {
        int[] w = new int[widthTo - widthFrom + 1];
        for (int i = 0; i < w.length; i++) {
            w[i] = widthFrom + i;
        }
        return w;
    }

    public double[] alphas() {
        double[] a = new double[loads];
        for (int i = 0; i < loads; i++) {
            a[i] = alphaFrom + (alphaTo - alphaFrom) * i / (loads - 1);
        }
        return a;
    }
}
