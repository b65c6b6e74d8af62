package org.phaselab.service.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.phaselab.service.param.BoolParam;
import org.phaselab.service.param.ChoiceParam;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.training.trainer.Algorithm;

/**
 * The training lab's frontier study (where algorithms stop), as declared parameters: which algorithms, which ladder of
 * sizes N, the alpha grid, seeds per point and the time budget of each run. Part of {@link TrainingScene} (its schema
 * lists these declarations), so presets, controls and checks derive from them. The defaults are the panel's modest
 * study: about a minute or two on two cores; the README quotes the same study at N up to 5001 (8 CPU-s a run).
 */
public record FrontierScene(Sizes sizes, boolean fbp, boolean sbpi, boolean cpr, boolean rsgd, double alphaMin,
                            double alphaMax, int points, int seeds, double seconds) {

    /** Ladders of N (odd, so that a perceptron's field is never zero). */
    public enum Sizes {
        SMALL(201, 501, 1001), MEDIUM(501, 1001, 2001), LARGE(501, 1001, 2001, 5001), FULL(501, 1001, 2001, 5001, 10001);

        private final int[] n;

        Sizes(int... n) {
            this.n = n;
        }

        public int[] n() {
            return n.clone();
        }

        /** "201, 501, 1001". */
        public String displayName() {
            return Arrays.stream(n).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        }

        /** In presets: "201-1001". */
        public String token() {
            return n[0] + "-" + n[n.length - 1];
        }
    }

    public static final ChoiceParam<Sizes> SIZES = ChoiceParam.of("frontier_sizes", "N", Sizes.class, Sizes.SMALL,
            Sizes::displayName).token(Sizes::token).help("the sizes N of the frontier study (larger N take much longer)");
    public static final BoolParam FBP = BoolParam.of("frontier_fbp", "focusing BP", true, "include focusing BP in the study");
    public static final BoolParam SBPI = BoolParam.of("frontier_sbpi", "SBPI", true, "include SBPI in the study");
    public static final BoolParam CPR = BoolParam.of("frontier_cpr", "CP+R", false, "include CP+R in the study");
    public static final BoolParam RSGD = BoolParam.of("frontier_rsgd", "rSGD", false, "include replicated SGD in the study");
    public static final NumberParam ALPHA_MIN = NumberParam.of("frontier_alpha_min", "α from", 0.05, 1.5, 0.6).format("%.3f")
            .help("first α of the frontier grid");
    public static final NumberParam ALPHA_MAX = NumberParam.of("frontier_alpha_max", "α to", 0.05, 1.5, 0.85).format("%.3f")
            .help("last α of the frontier grid");
    public static final IntParam POINTS = IntParam.of("frontier_points", "points", 2, 40, 6).help("α values on the frontier grid");
    public static final IntParam SEEDS = IntParam.of("frontier_seeds", "seeds", 1, 100, 3)
            .help("runs per (algorithm, N, α); a run that does not solve within its budget counts as unsolved");
    public static final NumberParam SECONDS = NumberParam.of("frontier_seconds", "CPU s / run", 0.1, 3600, 0.5).format("%.1f").unit("s")
            .help("budget of each run of the frontier study, in CPU seconds of its thread (other jobs' load does not shrink it)").advanced();

    public static final FrontierScene DEFAULT = new FrontierScene(SIZES.defaultValue(), FBP.defaultValue(), SBPI.defaultValue(),
            CPR.defaultValue(), RSGD.defaultValue(), ALPHA_MIN.defaultValue(), ALPHA_MAX.defaultValue(), POINTS.defaultValue(),
            SEEDS.defaultValue(), SECONDS.defaultValue());

    public FrontierScene {
        SIZES.check(sizes);
        ALPHA_MIN.check(alphaMin);
        ALPHA_MAX.check(alphaMax);
        POINTS.check(points);
        SEEDS.check(seeds);
        SECONDS.check(seconds);
        if (!(fbp || sbpi || cpr || rsgd)) {
            throw new IllegalArgumentException("the frontier study needs at least one of frontier_fbp, frontier_sbpi, "
                    + "frontier_cpr and frontier_rsgd");
        }
        if (alphaMax <= alphaMin) {
            throw new IllegalArgumentException("frontier_alpha_max (" + alphaMax + ") must exceed frontier_alpha_min (" + alphaMin + ")");
        }
    }

    /** The chosen algorithms, in a fixed order. */
    public List<Algorithm> algorithms() {
        List<Algorithm> a = new ArrayList<>();
        if (fbp) {
            a.add(Algorithm.FBP);
        }
        if (sbpi) {
            a.add(Algorithm.SBPI);
        }
        if (cpr) {
            a.add(Algorithm.CPR);
        }
        if (rsgd) {
            a.add(Algorithm.RSGD);
        }
        return a;
    }

    /** The study, seeds firstSeed, firstSeed + 1, ..., each run also bounded by maxSweeps. */
    public FrontierRequest request(long firstSeed, int maxSweeps) {
        return new FrontierRequest(algorithms(), sizes.n(), alphaMin, alphaMax, points, seeds, firstSeed, seconds, maxSweeps);
    }
}
