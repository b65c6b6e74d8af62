package org.phaselab.training.trainer;

import java.util.SplittableRandom;
import org.phaselab.training.data.BinaryPatterns;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * Common frame of the online rules on integer hidden states (SBPI, CP+R): each sweep presents all
 * patterns once in a fresh random order and hands the integer fields of the K units to the rule. A field is
 * one XNOR/popcount pass over the packed pattern and weights (N/64 words); the rules update the bit-sliced
 * hidden states word by word ({@link HiddenStates}).
 * Needs +-1 inputs (the rules are defined on integer fields).
 */
abstract class HiddenStateTrainer implements Trainer {
    protected final UnitData train;
    protected final HiddenStates states;
    private final BinaryPatterns[] units;
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
        this.units = new BinaryPatterns[train.k()];
        for (int k = 0; k < units.length; k++) {
            units[k] = (BinaryPatterns) train.units()[k];
        }
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
                fields[k] = units[k].intField(mu, net.unit(k));
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

    /** The patterns as unit k sees them (packed +-1 rows). */
    protected BinaryPatterns unit(int k) {
        return units[k];
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
