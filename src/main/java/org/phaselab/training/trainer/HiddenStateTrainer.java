package org.phaselab.training.trainer;

import java.util.SplittableRandom;
import org.phaselab.training.data.BinaryPatterns;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * Common frame of the online rules on integer hidden states (SBPI, CP+R): each sweep presents all
 * patterns once in a fresh random order and hands the integer fields of the K units to the rule.
 * Needs +-1 inputs (the rules are defined on integer fields).
 */
abstract class HiddenStateTrainer implements Trainer {
    protected final UnitData train;
    protected final HiddenStates states;
    private final long seed;
    protected SplittableRandom rng;
    private final int[] order;
    private final double[] fields;
    private int epoch;

    HiddenStateTrainer(Architecture student, UnitData train, int bound, long seed) {
        if (!train.binary()) {
            throw new IllegalArgumentException("SBPI and CP+R need +-1 inputs");
        }
        this.train = train;
        this.states = new HiddenStates(student, bound);
        this.seed = seed;
        this.order = new int[train.size()];
        this.fields = new double[student.k()];
        reset();
    }

    @Override
    public final void reset() {
        rng = new SplittableRandom(seed);
        states.randomize(rng);
        epoch = 0;
    }

    @Override
    public final void step() {
        Permutations.shuffle(order, rng);
        beginSweep(epoch);
        Network net = states.network();
        for (int mu : order) {
            for (int k = 0; k < fields.length; k++) {
                fields[k] = ((BinaryPatterns) train.units()[k]).intField(mu, net.unit(k));
            }
            present(mu, fields, train.labels()[mu]);
        }
        epoch++;
    }

    /** Hook called before each sweep. */
    protected void beginSweep(int epoch) {
    }

    /** Applies the rule to pattern mu with unit fields (caller-owned) and label y. */
    protected abstract void present(int mu, double[] fields, int y);

    protected byte[] row(int k, int mu) {
        return ((BinaryPatterns) train.units()[k]).row(mu);
    }

    @Override
    public final int epoch() {
        return epoch;
    }

    @Override
    public final Network network() {
        return states.network();
    }
}
