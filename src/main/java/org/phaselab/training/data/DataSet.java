package org.phaselab.training.data;

/** Labelled patterns: inputs and labels {@code y_mu = +-1}. */
public record DataSet(Patterns inputs, byte[] labels) {
    public DataSet {
        if (inputs.count() != labels.length) {
            throw new IllegalArgumentException(inputs.count() + " patterns but " + labels.length + " labels");
        }
    }

    public int size() {
        return labels.length;
    }

    public int dimension() {
        return inputs.dimension();
    }
}
