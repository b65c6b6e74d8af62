package org.phaselab.training.trainer;

import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.UnitData;

/**
 * SBPI, stochastic belief-propagation-inspired learning (Baldassi, Braunstein, Brunel, Zecchina,
 * PNAS 104, 11079 (2007), rules R1-R2). With stability Delta = y (field) of a unit:
 * R1, Delta <= 0 (error): {@code h_i += 2 y xi_i} for all i;
 * R2, 0 < Delta <= theta_m (barely correct): with probability p_s, {@code h_i += 2 y xi_i} only for the
 * i with {@code y xi_i h_i >= 1}. Committee machines: R1 on the least-action units when the vote is wrong;
 * R2 on each barely correct unit when the vote is right by the minimal margin 1.
 * Defaults (THEORY.md section 7): theta_m = 1, p_s = 0.3, bound ~ 2.6 sqrt(N).
 */
public final class SbpiTrainer extends HiddenStateTrainer {
    /** theta_m in units of the integer field; p_s a probability; bound an odd integer. */
    public record Params(int thetaM, double ps, int bound) {
        public Params {
            if (thetaM < 0 || !(ps >= 0 && ps <= 1)) {
                throw new IllegalArgumentException("need theta_m >= 0 and p_s in [0, 1], got " + thetaM + ", " + ps);
            }
        }

        public static Params defaults(Architecture a) {
            return new Params(1, 0.3, HiddenStates.defaultBound(a.unitInputs()));
        }
    }

    private final Params params;
    private final int[] chosen;

    public SbpiTrainer(Architecture student, UnitData train, Params params, long seed) {
        super(student, train, params.bound(), seed);
        this.params = params;
        this.chosen = new int[student.k()];
    }

    @Override
    protected void present(int mu, double[] fields, int y) {
        int wrong = LeastAction.unitsToCorrect(fields, y, chosen);
        if (wrong > 0) {
            for (int c = 0; c < wrong; c++) {
                states.push(chosen[c], unit(chosen[c]), mu, y);
            }
            return;
        }
        if (LeastAction.voteMargin(fields, y) != 1) {
            return;
        }
        for (int k = 0; k < fields.length; k++) {
            double stability = y * fields[k];
            if (stability >= 0 && stability <= params.thetaM() && rng.nextDouble() < params.ps()) {
                states.pushAligned(k, unit(k), mu, y);
            }
        }
    }
}
