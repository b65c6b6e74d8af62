package org.phaselab.theory.randomfeatures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.phaselab.theory.localentropy.EntropicTerm;
import org.phaselab.theory.localentropy.Quadrature;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.numerics.BroydenNewton;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.progress.Monitor;

/**
 * RS Franz-Parisi local entropy of the random-features perceptron (docs/random-features.md, "Local entropy"):
 * students of margin kappa at distance d from a reference drawn among the solutions of margin kappaRef,
 * <pre>
 *   phi_FP(S) = extr [ -q1h (1-q1)/2 - Sh S + ph p + G_S(q1h, ph, Sh) + gamma phi_s^FP + G_E^FP ],   S = 1 - 2d
 * </pre>
 * with the weight term G_S of THEORY.md section 3 around the reference's (q~w, q~hw) ({@link EntropicTerm}), the
 * latent term {@link LatentEntropyFP} and the pattern term {@link EnergeticTermFP}. Unknowns x = (Sh, p, B, m1, Ss,
 * ps, B_l, ln G_l): q1 = p^2/q~w + (S-p)^2/(1-q~w) + B^2 as in the storage solver, and in latent space the same
 * split of the students' overlaps into what the references explain and the rest, q1s - m1^2 = k0 + B_l^2 and
 * r1 - q1s = G_l (k0 as in {@link LatentEntropyFP}); the gap G_l ~ d is stiff, so it is solved for in its log.
 * Equations: (S, p, q1) returned by G_S equal those put in,
 * and the latent stationarity d(gamma phi_s^FP + G_E^FP)/d(r1, q1s, Ss, ps, m1) = 0; the conjugates are
 * q1h = -2 dR/dq1, ph = -dR/dp with R = gamma phi_s^FP + G_E^FP. With k1 = 0 the latent part sits at its free point
 * and this is the storage potential of org.phaselab.theory.localentropy.FranzParisi.
 */
public final class RandomFeaturesFranzParisi {
    private static final double TOLERANCE = 1e-8;
    private static final int MAX_ITERATIONS = 20;
    private static final int HALVINGS = 12;
    private static final BroydenNewton.Settings NEWTON = new BroydenNewton.Settings(TOLERANCE, MAX_ITERATIONS, 5_000, HALVINGS, 0.3, 1e-7);
    /**
     * Evaluations of the equations one curve may spend (a converging 10-point curve needs ~1000-2000): a curve that
     * keeps failing (near the interpolation point, where the references approach capacity) stops and says why.
     */
    private static final int BUDGET = 5_000;
    private int evaluations;
    /** Largest factor between successive distances of a march (halved where a step fails). */
    private static final double STEP = 1.5;

    private final RandomFeaturesModel students;
    private final FpReference ref;
    private final Reference weights;
    private final EnergeticTermFP energetic;
    private final Quadrature quadrature;

    /** Students of {@code students} (alpha, alphaD, kappa, k1, kStar) around references of margin kappaRef. */
    public RandomFeaturesFranzParisi(RandomFeaturesModel students, double kappaRef) {
        this(students, RandomFeaturesSolver.DEFAULT.solve(students.withKappa(kappaRef)));
    }

    /** Around the references described by a converged saddle at the students' (alpha, alphaD, k1, kStar). */
    public RandomFeaturesFranzParisi(RandomFeaturesModel students, RandomFeaturesSaddle reference) {
        this(students, reference, Quadrature.FAST);
    }

    RandomFeaturesFranzParisi(RandomFeaturesModel students, RandomFeaturesSaddle reference, Quadrature quadrature) {
        this.students = students;
        this.ref = FpReference.of(reference);
        RandomFeaturesModel r = reference.model();
        if (r.alpha() != students.alpha() || r.alphaD() != students.alphaD() || r.k1() != students.k1()
                || r.kStar() != students.kStar()) {
            throw new IllegalArgumentException("reference and students must share alpha, alphaD and the feature map");
        }
        this.weights = new Reference(students.alpha(), r.kappa(), ref.order().qw(), ref.order().qhw());
        this.energetic = new EnergeticTermFP(ref, students.kappa(), quadrature);
        this.quadrature = quadrature;
    }

    /** Students at kappa = 0 around the max-margin references at (alpha, alphaD); throws if there are none (UNSAT). */
    public static RandomFeaturesFranzParisi aroundMaxMargin(double alpha, double alphaD, Monitor monitor) {
        RandomFeaturesModel model = RandomFeaturesModel.sign(alpha, alphaD);
        ThresholdResult k = new MaxMarginReference().kappaMax(model, monitor);
        if (!k.converged()) {
            throw new IllegalArgumentException("no max-margin reference at alpha = " + alpha + ", alphaD = " + alphaD
                    + ": " + k.failure());
        }
        return new RandomFeaturesFranzParisi(model, k.saddle());
    }

    public double kappaRef() {
        return ref.kappaRef();
    }

    /** The reference's weight overlap q~w: students at S = q~w are as far from their reference as another one. */
    public double referenceOverlap() {
        return ref.order().qw();
    }

    /**
     * Points at the given distances (returned in the order given). The curve starts at d* = (1 - q~w)/2 from the
     * references ({@link #fromReferences}) and is continued from there, down through the smaller distances in
     * decreasing order and up through the larger ones, each point from the last converged ones; cancellable.
     */
    public List<LocalEntropyPointRF> curve(double[] distances, Monitor monitor) {
        evaluations = 0;
        LocalEntropyPointRF[] out = new LocalEntropyPointRF[distances.length];
        BroydenNewton newton = new BroydenNewton(NEWTON);
        Solution start = fromReferences(newton);
        Integer[] order = new Integer[distances.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(distances[j], distances[i]));
        int done = 0;
        for (boolean down : new boolean[] {true, false}) {
            List<Solution> known = new ArrayList<>(List.of(start));
            for (int n = 0; n < order.length; n++) {
                int i = order[down ? n : order.length - 1 - n];
                if ((distances[i] <= start.d()) != down) {
                    continue;
                }
                monitor.checkCancelled();
                Solution s = start.converged() ? march(known, distances[i], newton) : failed(distances[i], start);
                if (s.converged()) {
                    known.add(s);
                    if (known.size() > 3) {
                        known.remove(0);
                    }
                }
                out[i] = s.point();
                monitor.progress(++done / (double) distances.length);
            }
            newton.reset();
        }
        return List.of(out);
    }

    /** One point, marched from d*. */
    public LocalEntropyPointRF solve(double d) {
        return curve(new double[] {d}, Monitor.NONE).get(0);
    }

    /** A solve at one distance: the unknowns, the point, and whether it converged. */
    record Solution(double d, double[] x, LocalEntropyPointRF point) {
        boolean converged() {
            return point.converged();
        }
    }

    /**
     * At S = q~w students of margin kappaRef are references (x known exactly); the margin is lowered to the
     * students' kappa in steps, each solve continued from the last.
     */
    private Solution fromReferences(BroydenNewton newton) {
        OrderParameters o = ref.order();
        double dStar = (1 - o.qw()) / 2;
        double s = o.qw();
        String why = null;
        for (double b2 : new double[] {1e-3, 1e-4, 1e-2}) {
            double[] x = unknowns(o.qhw(), o.qw(), Math.sqrt(b2), o.r(), o.qs(), o.qs(), o.qs(), o.m());
            latentOnly(s, x, new EnergeticTermFP(ref, ref.kappaRef(), quadrature));
            double kappa = ref.kappaRef();
            double step = (students.kappa() - ref.kappaRef()) / 12;
            newton.reset();
            while (kappa != students.kappa() && Math.abs(step) > 1e-4 * Math.abs(ref.kappaRef() - students.kappa())) {
                double next = Math.abs(students.kappa() - kappa) <= Math.abs(step) * 1.0001 ? students.kappa() : kappa + step;
                EnergeticTermFP term = next == students.kappa() ? energetic : new EnergeticTermFP(ref, next, quadrature);
                double[] from = x;
                BroydenNewton.Outcome<Terms> out = newton.solve(y -> evaluate(s, y, term), from);
                if (out.norm() < TOLERANCE) {
                    x = out.x();
                    kappa = next;
                    step *= 1.5;
                } else {
                    newton.reset();
                    step /= 2;
                    why = String.format(java.util.Locale.ROOT, "student margin %.4g: residual %.2g", next, out.norm());
                }
            }
            if (kappa == students.kappa()) {
                return solve(dStar, x, newton);
            }
        }
        return new Solution(dStar, null, new LocalEntropyPointRF(dStar, Double.NaN, Double.NaN,
                Gaussian.binaryEntropy(dStar), false, String.format(java.util.Locale.ROOT,
                "Franz-Parisi saddle not found at d = %.4g when lowering the students' margin from the references' %.4g (%s)",
                dStar, ref.kappaRef(), why)));
    }

    /**
     * Moves the latent unknowns of x to the solution of the five latent equations with the weight unknowns held
     * (after B^2 is moved off zero, the stiff latent block, weighted by gamma, would otherwise dominate the first
     * Newton steps); kept only if that 5 x 5 solve converges.
     */
    private void latentOnly(double s, double[] x, EnergeticTermFP term) {
        double[] y = x.clone();
        BroydenNewton.Outcome<Void> out = new BroydenNewton(NEWTON).solve(lat -> {
            System.arraycopy(lat, 0, y, 3, 5);
            double[] r = evaluate(s, y, term).residual();
            return new BroydenNewton.Value<>(Arrays.copyOfRange(r, 3, 8), null);
        }, Arrays.copyOfRange(x, 3, 8));
        if (out.norm() < TOLERANCE) {
            System.arraycopy(out.x(), 0, x, 3, 5);
        }
    }

    /** The unknowns x from (Sh, p, B) and the students' latent overlaps (r1, q1s, Ss, ps, m1). */
    double[] unknowns(double sHat, double p, double b, double r1, double q1s, double ss, double ps, double m1) {
        double bl2 = q1s - m1 * m1 - latentExplained(ss, ps, m1);
        return new double[] {sHat, p, b * b, m1, ss, ps, bl2, Math.log(r1 - q1s)};
    }

    /** k0 of the latent block: the part of q1s - m1^2 that the references' latent overlaps explain. */
    private double latentExplained(double ss, double ps, double m1) {
        OrderParameters o = ref.order();
        double mt = o.m();
        double dt = o.r() - mt * mt, ct = o.qs() - mt * mt;
        double e = ss - mt * m1, f = ps - mt * m1;
        double g = dt - ct;
        return (e * e - f * f) / g - ct * (e - f) * (e - f) / (g * g);
    }

    /** (q1, p, S, r1, q1s, Ss, ps, m1) at the unknowns x, the variables of {@link LatentEntropyFP}. */
    private double[] overlaps(double s, double[] x) {
        double qt = ref.order().qw();
        double p = x[1];
        double q1 = p * p / qt + (s - p) * (s - p) / (1 - qt) + x[2];
        double m1 = x[3];
        double q1s = m1 * m1 + latentExplained(x[4], x[5], m1) + x[6];
        double r1 = q1s + Math.exp(x[7]);
        return new double[] {q1, p, s, r1, q1s, x[4], x[5], m1};
    }

    /** From the last known point to d in steps of at most a factor STEP (and 0.05) in d, extrapolating guesses. */
    private Solution march(List<Solution> history, double d, BroydenNewton newton) {
        List<Solution> known = new ArrayList<>(history);
        Solution p = known.get(known.size() - 1);
        double factor = STEP;
        while (p.d() != d) {
            double next = d > p.d() ? Math.min(d, Math.min(p.d() * factor, p.d() + 0.05))
                    : Math.max(d, Math.max(p.d() / factor, p.d() - 0.05));
            Solution q = solve(next, extrapolate(known, next), newton);
            if (!q.converged()) {
                newton.reset();
                q = solve(next, extrapolate(known, next), newton);
            }
            if (!q.converged()) {
                // a shorter step: the saddle moves fast where B^2 ~ exp(-c/d) collapses
                if (factor > 1.02) {
                    factor = Math.sqrt(factor);
                    continue;
                }
                return q.d() == d ? q : failed(d, q);
            }
            factor = Math.min(STEP, factor * factor);
            known.add(q);
            if (known.size() > 3) {
                known.remove(0);
            }
            p = q;
        }
        return p;
    }

    /** Lagrange extrapolation through the known points; B and B_l in logs (they grow like exp(-c/d) at small d). */
    private static double[] extrapolate(List<Solution> known, double d) {
        int n = known.get(0).x().length;
        double[] guess = new double[n];
        boolean logB = known.stream().allMatch(s -> s.x()[2] > 0);
        boolean logBl = known.stream().allMatch(s -> s.x()[6] > 0);
        for (int i = 0; i < known.size(); i++) {
            double w = 1;
            for (int j = 0; j < known.size(); j++) {
                if (j != i) {
                    w *= (d - known.get(j).d()) / (known.get(i).d() - known.get(j).d());
                }
            }
            double[] x = known.get(i).x();
            for (int k = 0; k < n; k++) {
                guess[k] += w * ((k == 2 && logB) || (k == 6 && logBl) ? Math.log(x[k]) : x[k]);
            }
        }
        if (logB) {
            guess[2] = Math.exp(guess[2]);
        }
        if (logBl) {
            guess[6] = Math.exp(guess[6]);
        }
        return guess;
    }

    private static Solution failed(double d, Solution attempt) {
        String why = attempt.point().failure() + " (at d = " + attempt.d() + " on the way to d = " + d + ")";
        return new Solution(d, attempt.x(), new LocalEntropyPointRF(d, Double.NaN, Double.NaN,
                Gaussian.binaryEntropy(d), false, why));
    }

    /** Everything computed at one x: phi and slope when the residual vanishes. */
    private record Terms(double phi, double slope) {}

    private Solution solve(double d, double[] guess, BroydenNewton newton) {
        double s = 1 - 2 * d;
        BroydenNewton.Outcome<Terms> out = newton.solve(x -> evaluate(s, x), guess);
        double bound = Gaussian.binaryEntropy(d);
        if (!(out.norm() < TOLERANCE) || out.payload() == null || !Double.isFinite(out.payload().phi())) {
            String why = evaluations > BUDGET
                    ? String.format(java.util.Locale.ROOT, "the curve's budget of %d evaluations was spent before d = %.4g", BUDGET, d)
                    : String.format(java.util.Locale.ROOT, "Franz-Parisi saddle not found at d = %.4g: residual %.2g after %d iterations",
                    d, out.norm(), out.iterations());
            return new Solution(d, out.x(), new LocalEntropyPointRF(d, Double.NaN, Double.NaN, bound, false, why));
        }
        return new Solution(d, out.x(), new LocalEntropyPointRF(d, out.payload().phi(), out.payload().slope(), bound,
                true, null));
    }

    /** The residual of the eight equations at x = (Sh, p, B, m1, Ss, ps, B_l, ln G_l). */
    double[] residual(double s, double[] x) {
        return evaluate(s, x).residual();
    }

    /** phi at x (meaningful at a saddle only). */
    double phiAt(double s, double[] x) {
        Terms t = evaluate(s, x).payload();
        return t == null ? Double.NaN : t.phi();
    }

    private BroydenNewton.Value<Terms> evaluate(double s, double[] x) {
        return evaluate(s, x, energetic);
    }

    private BroydenNewton.Value<Terms> evaluate(double s, double[] x, EnergeticTermFP energetic) {
        if (++evaluations > BUDGET) {
            double[] nan = new double[8];
            Arrays.fill(nan, Double.NaN);
            return new BroydenNewton.Value<>(nan, null);
        }
        double[] nan = new double[8];
        Arrays.fill(nan, Double.NaN);
        double[] y = overlaps(s, x);
        double q1 = y[LatentEntropyFP.Q1];
        double p = x[1];
        double phiS = LatentEntropyFP.value(ref, y);
        if (!(q1 < 1) || !Double.isFinite(phiS)) {
            return new BroydenNewton.Value<>(nan, null);
        }
        double[] gS = LatentEntropyFP.gradient(ref, y);
        double k1 = students.k1();
        double k1s = k1 * k1;
        double ks2 = students.kStar() * students.kStar();
        double[] v = {k1s * y[LatentEntropyFP.R1] + ks2, k1s * y[LatentEntropyFP.Q1S] + ks2 * q1,
                k1s * y[LatentEntropyFP.SS] + ks2 * s, k1s * y[LatentEntropyFP.PS] + ks2 * p, k1 * y[LatentEntropyFP.M1]};
        EnergeticTermFP.Result e = energetic.evaluate(v);
        if (!e.valid()) {
            return new BroydenNewton.Value<>(nan, null);
        }
        double[] g = e.gradient();
        double gamma = students.gamma();
        double dq1 = gamma * gS[LatentEntropyFP.Q1] + ks2 * g[EnergeticTermFP.V1];
        double dp = gamma * gS[LatentEntropyFP.P] + ks2 * g[EnergeticTermFP.VP];
        double dS = gamma * gS[LatentEntropyFP.S] + ks2 * g[EnergeticTermFP.VSS];
        double q1Hat = -2 * dq1;
        double pHat = -dp;
        EntropicTerm.Result w = EntropicTerm.evaluate(weights, q1Hat, pHat, x[0]);
        double[] res = {
            w.s() - s, w.p() - p, w.q1() - q1,
            gamma * gS[LatentEntropyFP.R1] + k1s * g[EnergeticTermFP.VS],
            gamma * gS[LatentEntropyFP.Q1S] + k1s * g[EnergeticTermFP.V1],
            gamma * gS[LatentEntropyFP.SS] + k1s * g[EnergeticTermFP.VSS],
            gamma * gS[LatentEntropyFP.PS] + k1s * g[EnergeticTermFP.VP],
            gamma * gS[LatentEntropyFP.M1] + k1 * g[EnergeticTermFP.RHO]};
        double phi = -q1Hat * (1 - q1) / 2 - x[0] * s + pHat * p + w.gS() + gamma * phiS + e.gE();
        return new BroydenNewton.Value<>(res, new Terms(phi, 2 * (x[0] - dS)));
    }
}
