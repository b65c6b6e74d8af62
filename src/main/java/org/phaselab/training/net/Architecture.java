package org.phaselab.training.net;

import org.phaselab.training.data.DataSet;
import org.phaselab.training.data.Patterns;

/**
 * A binary network's shape: N inputs and K hidden units whose +-1 outputs are summed with unit
 * weights (committee machine, output {@code sign(sum_k sign(w_k . x_k))}). The perceptron is K = 1.
 * Tree: unit k sees the inputs [k N/K, (k+1) N/K) (non-overlapping receptive fields, N divisible by K);
 * fully connected: every unit sees all N inputs.
 */
public record Architecture(Kind kind, int n, int k) {
    public enum Kind { PERCEPTRON, TREE, FULLY_CONNECTED }

    public Architecture {
        if (n < 1) {
            throw new IllegalArgumentException("N must be >= 1, got " + n);
        }
        if (kind == Kind.PERCEPTRON && k != 1) {
            throw new IllegalArgumentException("a perceptron has K = 1, got " + k);
        }
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException("K must be odd and >= 1 (the committee votes), got " + k);
        }
        if (kind == Kind.TREE && n % k != 0) {
            throw new IllegalArgumentException("a tree needs N divisible by K, got N = " + n + ", K = " + k);
        }
    }

    public static Architecture perceptron(int n) {
        return new Architecture(Kind.PERCEPTRON, n, 1);
    }

    public static Architecture tree(int n, int k) {
        return new Architecture(Kind.TREE, n, k);
    }

    public static Architecture fullyConnected(int n, int k) {
        return new Architecture(Kind.FULLY_CONNECTED, n, k);
    }

    /** Inputs seen by one hidden unit. */
    public int unitInputs() {
        return kind == Kind.TREE ? n / k : n;
    }

    /** Number of binary weights of the network. */
    public int totalWeights() {
        return unitInputs() * k;
    }

    /** The data as each unit sees it (tree: sliced receptive fields, copied once). */
    public UnitData bind(DataSet data) {
        if (data.dimension() != n) {
            throw new IllegalArgumentException("data have dimension " + data.dimension() + ", network N = " + n);
        }
        Patterns[] units = new Patterns[k];
        for (int j = 0; j < k; j++) {
            units[j] = kind == Kind.TREE ? data.inputs().slice(j * unitInputs(), unitInputs()) : data.inputs();
        }
        return new UnitData(units, data.labels());
    }
}
