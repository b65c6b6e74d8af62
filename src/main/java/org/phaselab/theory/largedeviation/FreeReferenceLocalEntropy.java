package org.phaselab.theory.largedeviation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.randomfeatures.OrderParameters;
import org.phaselab.theory.randomfeatures.RandomFeaturesModel;
import org.phaselab.theory.randomfeatures.RandomFeaturesSaddle;
import org.phaselab.theory.randomfeatures.RandomFeaturesSolver;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;

/**
 * The y -&gt; infinity large-deviation local entropy S_I(d) around the densest unconstrained references
 * (docs/large-deviation.md, LD 3-4): the RS saddle of {@link FreeReferenceTerms} in x = (sigma, q1, ln Delta),
 * solved by {@link SaddleMarch}.
 * <p>
 * The curve is assembled from the saddles that exist (LD 4): for d &gt;= d* = (1 - int Dz |tanh(sqrt(qh) z)|)/2
 * (qh of the typical solutions) the plateau S_I = s(alpha, kappa); below d* the branch continued from d*; where
 * that branch ends (sigma reaches 0, alpha above alpha_U), the branch continued upwards from small d, and the
 * plateau at the value where that one ends. At each d the largest of them is S_I (the measure picks the largest
 * local entropy); where none exists the point fails with that reason.
 */
public final class FreeReferenceLocalEntropy {
    /** The typical branch starts here, as a fraction of d* (at d* itself sigma = Delta = 0). */
    static final double START_FRACTION = 0.97;
    /** The dense branch starts at this distance (Delta ~ 1e2-1e3 there for alpha near alpha_U). */
    static final double DENSE_START = 2e-3;

    private final double alpha;
    private final double kappa;
    private final Typical typical;
    private final double typicalDistance;
    private final SaddleMarch march;
    /** The random-features model, or null (storage). */
    private final RandomFeaturesModel model;

    /**
     * The typical RS solutions the plateau and the first guess come from (LD 4.2).
     *
     * @param latent their latent projection with Delta_s = 0 (random features), or null (storage)
     */
    private record Typical(double entropy, double q, double qHat, LatentProjection latent, Convergence convergence) {}

    public FreeReferenceLocalEntropy(double alpha, double kappa) {
        this(alpha, kappa, storageTypical(alpha, kappa), new SaddleMarch(new FreeReferenceTerms(alpha, kappa),
                FreeReferenceTerms::unknowns, 0), null);
    }

    private FreeReferenceLocalEntropy(double alpha, double kappa, Typical typical, SaddleMarch march,
                                      RandomFeaturesModel model) {
        this.alpha = alpha;
        this.kappa = kappa;
        this.typical = typical;
        this.typicalDistance = TypicalOverlap.distance(typical.qHat());
        this.march = march;
        this.model = model;
    }

    /**
     * The same measure for the binary perceptron on random features of a hidden teacher (LD 15); the plateau is the
     * RS random-features entropy. Throws if the typical saddle does not converge at this load.
     */
    public static FreeReferenceLocalEntropy randomFeatures(RandomFeaturesModel model) {
        RandomFeaturesSaddle t = RandomFeaturesSolver.DEFAULT.solve(model);
        if (!t.converged()) {
            throw new IllegalArgumentException("no RS random-features saddle at alpha = " + model.alpha()
                    + ", alpha_D = " + model.alphaD() + ": " + t.convergence().reason());
        }
        OrderParameters o = t.order();
        Typical typical = new Typical(t.entropy(), o.qw(), o.qhw(), new LatentProjection(o.m(), o.r(), o.qs(), 0),
                t.convergence());
        RandomFeaturesTerms terms = new RandomFeaturesTerms(model);
        return new FreeReferenceLocalEntropy(model.alpha(), model.kappa(), typical,
                new SaddleMarch(terms, terms::unknowns, 0), model);
    }

    private static Typical storageTypical(double alpha, double kappa) {
        StoragePoint t = new BinaryStorage().solve(alpha, kappa);
        if (!t.converged()) {
            throw new IllegalArgumentException("no RS storage saddle at alpha = " + alpha + ", kappa = " + kappa);
        }
        return new Typical(t.entropy(), t.q(), t.qHat(), null, t.convergence());
    }

    public double alpha() {
        return alpha;
    }

    /** d* where the typical solutions sit from the best reference; S_I = s(alpha, kappa) from there on (LD 4.2). */
    public double typicalDistance() {
        return typicalDistance;
    }

    /** s(alpha, kappa), the plateau value and the maximum of S_I. */
    public double typicalEntropy() {
        return typical.entropy();
    }

    public LargeDeviationPoint solve(double d) {
        return curve(new double[] {d}, Monitor.NONE).get(0);
    }

    /** S_I at the given distances (in the order given). */
    public List<LargeDeviationPoint> curve(double[] distances, Monitor monitor) {
        for (double d : distances) {
            if (!(d > 0 && d < 0.5)) {
                throw new IllegalArgumentException("d must lie in (0, 1/2), got " + d);
            }
        }
        double[] sorted = Arrays.stream(distances).distinct().sorted().toArray();
        SaddleMarch.Branch fromTypical = typicalBranch(sorted, monitor);
        SaddleMarch.Branch fromDense = null;
        // LD 4.1: only an end at sigma = 0 opens a gap; a branch that ends because the saddle is no longer resolved
        // (H2(d) - S_I below ~1e-7 at small d and small alpha) leaves the points below it failed
        boolean gap = endsAtZeroCoupling(fromTypical) && sorted[0] < fromTypical.end().d();
        if (gap) {
            fromDense = denseBranch(sorted, fromTypical.end().d(), monitor);
        }
        Map<Double, LargeDeviationPoint> byD = new TreeMap<>();
        for (double d : sorted) {
            byD.put(d, choose(d, fromTypical, fromDense));
        }
        List<LargeDeviationPoint> out = new ArrayList<>(distances.length);
        for (double d : distances) {
            out.add(byD.get(d));
        }
        return out;
    }

    /**
     * The branch from small d (LD 4.3), started at DENSE_START and walked up to the targets below {@code limit}, and
     * separately down to those below the start (a walk that began at a smaller d, where the saddle is not resolved,
     * found nothing: at alpha = 0.78 a curve from d = 1e-3 had no dense branch, one from 2e-3 reached d = 0.01).
     * Its end is the upward walk's.
     */
    private SaddleMarch.Branch denseBranch(double[] sortedAscending, double limit, Monitor monitor) {
        double[] up = Arrays.stream(sortedAscending).filter(d -> d >= DENSE_START && d < limit).toArray();
        double[] down = Arrays.stream(sortedAscending).filter(d -> d < DENSE_START).boxed()
                .sorted((a, b) -> Double.compare(b, a)).mapToDouble(Double::doubleValue).toArray();
        SaddleMarch.Branch upward = march.trace(DENSE_START, denseGuesses(DENSE_START), up,
                LargeDeviationPoint.Branch.FROM_DENSE, monitor);
        if (down.length == 0) {
            return upward;
        }
        SaddleMarch.Branch downward = march.trace(DENSE_START, denseGuesses(DENSE_START), down,
                LargeDeviationPoint.Branch.FROM_DENSE, monitor);
        Map<Double, LargeDeviationPoint> points = new TreeMap<>(upward.points());
        points.putAll(downward.points());
        return new SaddleMarch.Branch(points, upward.end(), upward.started() || downward.started());
    }

    /** min over the typical branch between START_FRACTION d* and dMin of sigma; negative if the branch ends first. */
    double minimalCoupling(double[] grid, Monitor monitor) {
        SaddleMarch.Branch branch = typicalBranch(grid, monitor);
        if (endsAtZeroCoupling(branch) && branch.end().d() > grid[0]) {
            return -branch.end().d();
        }
        return branch.points().values().stream().mapToDouble(LargeDeviationPoint::sigma).min().orElse(Double.NaN);
    }

    /** Whether the branch ended where sigma reached 0 (LD 4.1), not for want of resolution. */
    static boolean endsAtZeroCoupling(SaddleMarch.Branch branch) {
        return branch.end() != null && branch.end().sigma() == 0;
    }

    /** The branch continued from d* through the (ascending) distances: its points, and its end if it ends first. */
    SaddleMarch.Branch typicalBranch(double[] sortedAscending, Monitor monitor) {
        double start = START_FRACTION * typicalDistance;
        double[] down = Arrays.stream(sortedAscending).filter(d -> d < start).boxed()
                .sorted((a, b) -> Double.compare(b, a)).mapToDouble(Double::doubleValue).toArray();
        double[] up = Arrays.stream(sortedAscending).filter(d -> d >= start && d < typicalDistance).toArray();
        double s0 = 1 - 2 * start;
        // q1 >= S^2 (LD 2); at small alpha the typical q lies below S^2 near d*, so the guess is kept inside
        double w0 = Math.min(0.95, Math.max(0.05, (typical.q() - s0 * s0) / (1 - s0 * s0)));
        double[] guess = withLatent(start, new double[] {0.02, Math.log(w0 / (1 - w0)), Math.log(0.02)});
        SaddleMarch.Branch below = march.trace(start, List.of(guess), down, LargeDeviationPoint.Branch.FROM_TYPICAL, monitor);
        if (up.length > 0) {
            SaddleMarch.Branch above = march.trace(start, List.of(guess), up, LargeDeviationPoint.Branch.FROM_TYPICAL, monitor);
            below.points().putAll(above.points());
        }
        return below;
    }

    /**
     * A storage guess at d extended by the typical latent overlaps (random features): m, ln(D/delta), Delta_s/Delta_w
     * and ln((qs1 - m^2)/scale), the ratios taken at the guess's own q1 ({@link RandomFeaturesTerms#latentScale}); at the typical point D/delta = E2/A2, hence
     * Delta_s/Delta_w = D/delta to first order (LD 15.6).
     */
    private double[] withLatent(double d, double[] storage) {
        LatentProjection l = typical.latent();
        if (l == null) {
            return storage;
        }
        double q1 = GroupOverlap.q1(d, storage[1]);
        double ratio = (l.r() - l.qs1()) / (1 - q1);
        return new double[] {storage[0], storage[1], storage[2], l.m(), Math.log(ratio), ratio,
                Math.log((l.qs1() - l.m() * l.m()) / RandomFeaturesTerms.latentScale(model, q1))};
    }

    /** Near d -&gt; 0 the students stick to the reference: sigma -&gt; atanh S, q1 -&gt; S^2, Delta large (LD 4.3). */
    private List<double[]> denseGuesses(double d) {
        double s = 1 - 2 * d;
        double sigma = 0.5 * Math.log((1 + s) / (1 - s));
        List<double[]> guesses = new ArrayList<>();
        for (double delta : new double[] {1e3, 1e2, 1e4, 30}) {
            guesses.add(withLatent(d, new double[] {sigma, Math.log(1e-3), Math.log(delta)}));
        }
        return guesses;
    }

    /** The largest local entropy among the saddles that exist at d (LD 4.1). */
    private LargeDeviationPoint choose(double d, SaddleMarch.Branch fromTypical, SaddleMarch.Branch fromDense) {
        double bound = Gaussian.binaryEntropy(d);
        if (d >= typicalDistance) {
            return new LargeDeviationPoint(d, typical.entropy(), 0, bound, LargeDeviationPoint.Branch.PLATEAU,
                    typical.q(), 0, 0, typical.qHat(), 0, Double.NaN, Double.NaN, Double.NaN,
                    typical.convergence(), typical.latent());
        }
        List<LargeDeviationPoint> candidates = new ArrayList<>();
        LargeDeviationPoint a = fromTypical.points().get(d);
        if (a != null) {
            candidates.add(a);
        }
        if (fromDense != null) {
            LargeDeviationPoint b = fromDense.points().get(d);
            if (b != null) {
                candidates.add(b);
            }
            // only a branch that ends where sigma reaches 0 has the kink's plateau beyond it (LD 4.1); one that stops
            // for want of resolution (near d -> 0 the saddle is not resolved in double precision, LD 4.3) has none
            LargeDeviationPoint end = fromDense.end();
            if (end != null && end.sigma() == 0 && d >= end.d()) {
                candidates.add(end.at(d, LargeDeviationPoint.Branch.PLATEAU, 0, bound));
            }
        }
        return candidates.stream().max((x, y) -> Double.compare(x.localEntropy(), y.localEntropy()))
                .orElseGet(() -> LargeDeviationPoint.failed(d, bound, failure(d, fromTypical)));
    }

    /**
     * Why no saddle was found at d: below the end of a branch from d* that reached sigma = 0 (above alpha_U, LD 4.1),
     * below one that stopped unresolved near d -&gt; 0 (LD 4.3: H2(d) - S_I is then below the gap at its last point), or
     * plainly none.
     */
    private Convergence failure(double d, SaddleMarch.Branch fromTypical) {
        LargeDeviationPoint end = fromTypical.end();
        String at = "at d = " + d + " (alpha = " + alpha + ", kappa = " + kappa + ")";
        if (end != null && d < end.d() && endsAtZeroCoupling(fromTypical)) {
            return Convergence.failed(Convergence.Kind.NO_SOLUTION, "no RS saddle " + at + ": above alpha_U the "
                    + "y -> infinity saddle from d* ends at d = " + String.format(Locale.ROOT, "%.4f", end.d())
                    + " (sigma = 0) and the dense branch from small d was not found here", 0, Double.NaN);
        }
        if (end != null && d < end.d()) {
            return Convergence.failed(Convergence.Kind.STALLED, "saddle not resolved " + at + ": near d -> 0 S_I "
                    + "approaches H2(d) as exp(-c/d) and the branch stops at d = " + String.format(Locale.ROOT, "%.4f",
                    end.d()) + ", where H2 - S_I = " + String.format(Locale.ROOT, "%.1e", end.upperBound()
                    - end.localEntropy()) + " (LD 4.3)", 0, Double.NaN);
        }
        return Convergence.failed(Convergence.Kind.NO_SOLUTION, "no RS saddle " + at, 0, Double.NaN);
    }
}
