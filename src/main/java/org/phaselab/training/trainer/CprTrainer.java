package org.phaselab.training.trainer;

import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.UnitData;

/**
 * CP+R, clipped perceptron with reinforcement (Baldassi, J. Stat. Phys. 136, 902 (2009), arXiv:1211.3024):
 * on an error {@code h_i += 2 y xi_i} (clipped perceptron); in addition, at each pattern presentation and
 * with probability p_r, the unsupervised reinforcement {@code h_i += 2 sign(h_i)} for all i.
 * Committee machines: the error step on the least-action units; reinforcement on all units.
 * <p>Rate schedule, our adaptation to a fixed training set (the paper uses a constant p_r on fresh
 * patterns, bounded by {@code sqrt(2/(pi N))}). The rate of sweep t is
 * {@code p_r(t) = min(sqrt(2/(pi N)), r0 g^t / P, c e_{t-1} / P)}:
 * <ul>
 * <li>annealed: it starts at r0 reinforcements per sweep and grows by the factor g per sweep, like the
 * growing reinforcement of reinforced BP (Braunstein, Zecchina, PRL 96, 030201 (2006)); a constant
 * rate of 2 per sweep froze two of five N = 2001, alpha = 0.7 instances with ~120 errors, while runs
 * solve once the ramp reaches ~3 per sweep, whatever its speed;</li>
 * <li>capped by the paper's bound {@code sqrt(2/(pi N))} per pattern;</li>
 * <li>coupled to the errors e of the previous sweep: once the reinforcement outruns the error steps the
 * states freeze with a few errors (THEORY.md section 7), so c &lt; 1 keeps the error steps dominant at
 * the end (c = 0.5 still froze 1-3 errors in some runs; 0.2 did not).</li>
 * </ul>
 * {@code growth = 1, errorCoupling = Infinity} gives the paper's constant rate r0 / P.
 */
public final class CprTrainer extends HiddenStateTrainer {
    /**
     * r0 reinforcements per sweep at the start, growth the factor per sweep (>= 1), errorCoupling c,
     * bound an odd integer.
     */
    public record Params(double r0, double growth, double errorCoupling, int bound) {
        public Params {
            if (!(r0 >= 0) || !(growth >= 1) || !(errorCoupling > 0)) {
                throw new IllegalArgumentException("need r0 >= 0, growth >= 1 and errorCoupling > 0, got "
                        + r0 + ", " + growth + ", " + errorCoupling);
            }
        }

        /**
         * r0 = 0.2 per sweep, growth 1.002 per sweep, c = 0.2, bound ~ 2.6 sqrt(N) (as SBPI). Tuned on the
         * binary perceptron, storage, seeds 1-10 (see {@code CprScheduleTest} and the issue 3 report):
         * N = 2001, alpha = 0.7 solved in 1300-1900 sweeps; N = 1001, alpha = 0.6 in 600-1000.
         */
        public static Params defaults(Architecture a) {
            return new Params(0.2, 1.002, 0.2, HiddenStates.defaultBound(a.unitInputs()));
        }
    }

    private final Params params;
    private final int[] chosen;
    private final double maxRate;
    private int errorsThisSweep;
    private double rate;

    public CprTrainer(Architecture student, UnitData train, Params params, long seed) {
        super(student, train, params.bound(), seed);
        this.params = params;
        this.chosen = new int[student.k()];
        this.maxRate = Math.sqrt(2 / (Math.PI * student.unitInputs())); // J. Stat. Phys. 2009, abstract
    }

    /** The reinforcement probability per presented pattern in sweep {@code epoch}, given the last sweep's errors. */
    static double rate(Params params, int epoch, int previousErrors, int trainSize, double maxRate) {
        double perSweep = params.r0() == 0 ? 0 : params.r0() * Math.pow(params.growth(), epoch); // 0 * Infinity is NaN
        if (epoch > 0 && params.errorCoupling() < Double.POSITIVE_INFINITY) { // Infinity * 0 errors is NaN
            perSweep = Math.min(perSweep, params.errorCoupling() * previousErrors);
        }
        return Math.min(maxRate, Math.min(1, perSweep / Math.max(trainSize, 1)));
    }

    @Override
    protected void beginSweep(int epoch) {
        rate = rate(params, epoch, errorsThisSweep, train.size(), maxRate);
        errorsThisSweep = 0;
    }

    @Override
    protected void present(int mu, double[] fields, int y) {
        int wrong = LeastAction.unitsToCorrect(fields, y, chosen);
        if (wrong > 0) {
            errorsThisSweep++;
        }
        for (int c = 0; c < wrong; c++) {
            states.push(chosen[c], unit(chosen[c]), mu, y);
        }
        if (rng.nextDouble() < rate) {
            for (int k = 0; k < fields.length; k++) {
                states.reinforce(k);
            }
        }
    }
}
