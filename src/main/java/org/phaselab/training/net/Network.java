package org.phaselab.training.net;

import java.util.SplittableRandom;
import org.phaselab.training.data.BinaryPatterns;

/** A binary committee machine (perceptron when K = 1): an architecture and K weight vectors. */
public final class Network {
    private final Architecture architecture;
    private final BinaryWeights[] units;

    public Network(Architecture architecture, BinaryWeights[] units) {
        if (units.length != architecture.k()) {
            throw new IllegalArgumentException("expected " + architecture.k() + " units, got " + units.length);
        }
        for (BinaryWeights u : units) {
            if (u.size() != architecture.unitInputs()) {
                throw new IllegalArgumentException("unit size " + u.size() + ", expected " + architecture.unitInputs());
            }
        }
        this.architecture = architecture;
        this.units = units;
    }

    public static Network random(Architecture a, SplittableRandom rng) {
        BinaryWeights[] w = new BinaryWeights[a.k()];
        for (int j = 0; j < a.k(); j++) {
            w[j] = BinaryWeights.random(a.unitInputs(), rng);
        }
        return new Network(a, w);
    }

    public Architecture architecture() {
        return architecture;
    }

    public BinaryWeights unit(int j) {
        return units[j];
    }

    /** Weight number {@code index} in [0, totalWeights), unit-major. */
    public int weight(int index) {
        int m = architecture.unitInputs();
        return units[index / m].get(index % m);
    }

    public void flipWeight(int index) {
        int m = architecture.unitInputs();
        units[index / m].flip(index % m);
    }

    /** The output {@code sign(sum_k sign(field_k))} on pattern mu; sign(0) = +1. */
    public int output(UnitData data, int mu) {
        if (units.length == 1) {
            return data.units()[0].field(mu, units[0]) >= 0 ? 1 : -1;
        }
        int votes = 0;
        for (int j = 0; j < units.length; j++) {
            votes += data.units()[j].field(mu, units[j]) >= 0 ? 1 : -1;
        }
        return votes > 0 ? 1 : -1;
    }

    /** Number of patterns whose output differs from the label (a perceptron on +-1 inputs: one popcount pass). */
    public int errors(UnitData data) {
        if (units.length == 1 && data.units()[0] instanceof BinaryPatterns packed) {
            return packed.errors(units[0], data.labels());
        }
        int e = 0;
        for (int mu = 0; mu < data.size(); mu++) {
            if (output(data, mu) != data.labels()[mu]) {
                e++;
            }
        }
        return e;
    }

    public Network copy() {
        BinaryWeights[] w = new BinaryWeights[units.length];
        for (int j = 0; j < units.length; j++) {
            w[j] = units[j].copy();
        }
        return new Network(architecture, w);
    }
}
