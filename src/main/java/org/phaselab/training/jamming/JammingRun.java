package org.phaselab.training.jamming;

import org.phaselab.progress.Monitor;

/**
 * The outcome of one training run (Geiger et al. 2019, section II).
 *
 * @param setup    what was trained
 * @param sat      no constraint violated at the end (N_Delta = 0)
 * @param nDelta   N_Delta, the number of patterns with Delta_mu &gt; 0
 * @param loss     final quadratic hinge loss
 * @param steps    Adam steps taken
 * @param stop     why training stopped
 * @param deltas   Delta_mu of every pattern at the end
 * @param weights  final weights (for the Hessian)
 * @param seconds  wall time of the run, measured around it (not inside the model)
 */
public record JammingRun(JammingSetup setup, boolean sat, int nDelta, double loss, int steps, AdamTrainer.Stop stop,
                         double[] deltas, double[] weights, double seconds) {
    public JammingRun {
        deltas = deltas.clone();
        weights = weights.clone();
    }

    public int weightCount() {
        return setup.shape().parameterCount();
    }

    /** N_Delta / N. */
    public double nDeltaPerWeight() {
        return nDelta / (double) weightCount();
    }

    /** Trains one net from scratch. */
    public static JammingRun train(JammingSetup setup, Monitor monitor) {
        long start = System.nanoTime();
        RandomData data = RandomData.generate(setup.p(), setup.d(), setup.seed());
        NetworkShape shape = setup.shape();
        FullyConnectedNet net = new FullyConnectedNet(shape);
        AdamTrainer trainer = new AdamTrainer(net, data, shape.initialWeights(setup.seed() + 1_000_003L), setup.options());
        AdamTrainer.Stop stop = trainer.run(monitor);
        double[] w = trainer.weights();
        double[] deltas = new double[data.p()];
        int nDelta = net.deltas(w, data, deltas, new Workspace(shape));
        double loss = trainer.loss();
        if (!Double.isFinite(loss)) {
            throw new IllegalStateException("training diverged (loss " + loss + ") at width " + setup.width());
        }
        return new JammingRun(setup, nDelta == 0, nDelta, loss, trainer.steps(), stop, deltas, w,
                (System.nanoTime() - start) * 1e-9);
    }

    /** The Hessian spectrum of the loss at the final weights (exact, N^2 P work). */
    public HessianSpectrum hessian() {
        RandomData data = RandomData.generate(setup.p(), setup.d(), setup.seed());
        LossHessian hessian = new LossHessian(new FullyConnectedNet(setup.shape()));
        return HessianSpectrum.of(hessian.matrix(weights, data), weightCount(), HessianSpectrum.RELATIVE_ZERO);
    }
}
