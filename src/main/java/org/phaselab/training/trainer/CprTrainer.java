package org.phaselab.training.trainer;

import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.UnitData;

/**
 * CP+R, clipped perceptron with reinforcement (Baldassi, J. Stat. Phys. 136, 902 (2009), arXiv:1211.3024):
 * on an error {@code h_i += 2 y xi_i} (clipped perceptron); in addition, at each pattern presentation and
 * with probability p_r, the unsupervised reinforcement {@code h_i += 2 sign(h_i)} for all i.
 * Committee machines: the error step on the least-action units; reinforcement on all units.
 * <p>Fixed training set: the paper's rate bound is for fresh patterns; here, once p_r P exceeds the
 * number of errors made in a sweep, the reinforcement outruns the error steps and the states freeze with
 * one or two errors (THEORY.md section 7; seen here at N = 1001, alpha = 0.6). Our adaptation, not in
 * the paper: the rate used in a sweep is {@code min(p_r, c e / P)}, with e the errors made in the
 * previous sweep and c = {@code errorCoupling} < 1, so the error steps always dominate at the end.
 * {@code errorCoupling = Infinity} gives the paper's constant rate.
 */
public final class CprTrainer extends HiddenStateTrainer {
    /** p_r a probability per presented pattern; bound an odd integer. */
    public record Params(double pr, double errorCoupling, int bound) {
        public Params {
            if (!(pr >= 0 && pr <= 1) || !(errorCoupling > 0)) {
                throw new IllegalArgumentException("need p_r in [0, 1] and errorCoupling > 0, got " + pr + ", " + errorCoupling);
            }
        }

        /** p_r = 2/P (two reinforcements per sweep at most), c = 0.5, bound ~ 2.6 sqrt(N). */
        public static Params defaults(Architecture a, int trainSize) {
            return new Params(Math.min(1, 2.0 / Math.max(trainSize, 1)), 0.5, HiddenStates.defaultBound(a.unitInputs()));
        }
    }

    private final Params params;
    private final int[] chosen;
    private int errorsThisSweep;
    private double rate;

    public CprTrainer(Architecture student, UnitData train, Params params, long seed) {
        super(student, train, params.bound(), seed);
        this.params = params;
        this.chosen = new int[student.k()];
    }

    @Override
    protected void beginSweep(int epoch) {
        int p = train.size();
        rate = epoch == 0 ? params.pr() : Math.min(params.pr(), params.errorCoupling() * errorsThisSweep / p);
        errorsThisSweep = 0;
    }

    @Override
    protected void present(int mu, double[] fields, int y) {
        int wrong = LeastAction.unitsToCorrect(fields, y, chosen);
        if (wrong > 0) {
            errorsThisSweep++;
        }
        for (int c = 0; c < wrong; c++) {
            states.push(chosen[c], row(chosen[c], mu), y);
        }
        if (rng.nextDouble() < rate) {
            for (int k = 0; k < fields.length; k++) {
                states.reinforce(k);
            }
        }
    }
}
