package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.Convergence;

/**
 * The y -&gt; infinity large-deviation local entropy at one distance (docs/large-deviation.md, LD 3-4).
 *
 * @param d              Hamming distance per weight from the reference, (1 - S)/2
 * @param localEntropy   S_I(d), nats per weight: the entropy of solutions at distance d from the references of largest
 *                       local entropy (NaN unless converged)
 * @param slope          d S_I/d d = 2 (sigma - alpha dG_E/dS) (envelope theorem; the free reference has no explicit
 *                       S in G_E, so 2 sigma)
 * @param upperBound     H2(d)
 * @param branch         which saddle the value comes from
 * @param q1             overlap of two students around the same reference
 * @param delta          Delta = y (q1 - q0), the scaled spread of the students between references
 * @param sigma          conjugate of S (the reference-student coupling)
 * @param qHat0          conjugate of q1 (= of q0 to leading order)
 * @param deltaHat       y (qh1 - qh0)
 * @param referenceSpread c = y (1 - q~) (NaN for a free reference, where it does not enter)
 * @param referenceShift eps = y (S - p) (NaN for a free reference)
 * @param replicon       alpha E[(ln H)''^2]/(1-q1)^2 E[(1-m^2)^2]: replica symmetry among the students of one group is
 *                       locally stable while it is below 1 (LD 5)
 * @param convergence    how the saddle-point equations ended
 * @param latent         the students' latent projection (random-features model, LD 15; null otherwise)
 */
public record LargeDeviationPoint(double d, double localEntropy, double slope, double upperBound, Branch branch,
                                  double q1, double delta, double sigma, double qHat0, double deltaHat,
                                  double referenceSpread, double referenceShift, double replicon,
                                  Convergence convergence, LatentProjection latent) {

    /** A point of the storage problem (no latent space). */
    public LargeDeviationPoint(double d, double localEntropy, double slope, double upperBound, Branch branch,
                               double q1, double delta, double sigma, double qHat0, double deltaHat,
                               double referenceSpread, double referenceShift, double replicon, Convergence convergence) {
        this(d, localEntropy, slope, upperBound, branch, q1, delta, sigma, qHat0, deltaHat, referenceSpread,
                referenceShift, replicon, convergence, null);
    }

    /** Where a value comes from (LD 4). */
    public enum Branch {
        /** The saddle continued from the typical overlap d* downwards. */
        FROM_TYPICAL,
        /** The saddle continued from small d upwards (the dense region), where it is separate from FROM_TYPICAL. */
        FROM_DENSE,
        /** sigma = 0: the reference decouples and S_I stays at the value where sigma reached 0 (d &gt;= d*, or the dense end). */
        PLATEAU,
        /** No saddle found. */
        NONE
    }

    public boolean converged() {
        return convergence.converged();
    }

    /**
     * Generalization error of the students around the chosen references (random features only; NaN otherwise):
     * arccos(rho/sqrt(vs))/pi, rho = k1 m, vs = k1^2 r + kStar^2, as for typical solutions (docs/random-features.md).
     */
    public double generalizationError(double k1, double kStar) {
        if (latent == null) {
            return Double.NaN;
        }
        double c = k1 * latent.m() / Math.sqrt(k1 * k1 * latent.r() + kStar * kStar);
        return Math.acos(Math.max(-1, Math.min(1, c))) / Math.PI;
    }

    /** The same point with its branch and how its equations ended. */
    LargeDeviationPoint with(Branch otherBranch, Convergence otherConvergence) {
        return new LargeDeviationPoint(d, localEntropy, slope, upperBound, otherBranch, q1, delta, sigma, qHat0, deltaHat,
                referenceSpread, referenceShift, replicon, otherConvergence, latent);
    }

    /** The same saddle seen from another distance (a plateau value, or the envelope's choice). */
    LargeDeviationPoint at(double otherD, Branch otherBranch, double otherSlope, double otherUpperBound) {
        return new LargeDeviationPoint(otherD, localEntropy, otherSlope, otherUpperBound, otherBranch, q1, delta, sigma,
                qHat0, deltaHat, referenceSpread, referenceShift, replicon, convergence, latent);
    }

    static LargeDeviationPoint failed(double d, double upperBound, Convergence convergence) {
        return new LargeDeviationPoint(d, Double.NaN, Double.NaN, upperBound, Branch.NONE, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, convergence);
    }
}
