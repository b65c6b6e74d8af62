package org.phaselab.training.jamming;

/**
 * Caller-owned buffers for one pattern's forward and backward pass (and the Hessian-vector pass),
 * so that the hot loops allocate nothing. One workspace per thread; index 0..depth+1 by layer.
 */
public final class Workspace {
    final double[][] z;    // pre-activations z^l, l = 1..L+1
    final double[][] a;    // activations a^l, l = 0..L (a^0 is the input)
    final double[][] dz;   // dLoss/dz^l
    final double[][] da;   // dLoss/da^l
    final double[][] rz;   // directional derivatives R{z^l} (Pearlmutter 1994)
    final double[][] ra;
    final double[][] rdz;
    final double[][] rda;
    /** N_Delta of the last {@link FullyConnectedNet#lossAndGradient} call. */
    int lastViolated;

    public int lastViolated() {
        return lastViolated;
    }

    public Workspace(NetworkShape shape) {
        int n = shape.layers() + 1;
        int wide = Math.max(shape.width(), shape.inputDim());
        z = new double[n][wide];
        a = new double[n][wide];
        dz = new double[n][wide];
        da = new double[n][wide];
        rz = new double[n][wide];
        ra = new double[n][wide];
        rdz = new double[n][wide];
        rda = new double[n][wide];
    }
}
