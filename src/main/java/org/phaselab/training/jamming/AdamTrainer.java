package org.phaselab.training.jamming;

import org.phaselab.progress.Monitor;

/**
 * Full-batch Adam on the quadratic hinge loss (Kingma and Ba, ICLR 2015, Algorithm 1, with
 * beta1 = 0.9, beta2 = 0.999, eps = 1e-8), stepped until no constraint is violated (SAT) or the
 * {@link TrainingOptions} stop rule says the loss has converged to a positive value (UNSAT).
 * Adam's normalised steps carry the last violated patterns across Delta = 0 in finite time, where
 * plain gradient descent on a quadratic hinge only approaches it exponentially.
 */
public final class AdamTrainer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    /** Why a run stopped. */
    public enum Stop { SAT, PLATEAU, BUDGET }

    private final FullyConnectedNet net;
    private final RandomData data;
    private final TrainingOptions options;
    private final double[] w;
    private final double[] grad;
    private final double[] m;
    private final double[] v;
    private final Workspace ws;
    private int steps;
    private double loss = Double.NaN;
    private int violated = -1;
    private double rate;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int lastImprovement;
    private int halvings;

    public AdamTrainer(FullyConnectedNet net, RandomData data, double[] initialWeights, TrainingOptions options) {
        this.net = net;
        this.data = data;
        this.options = options;
        this.w = initialWeights.clone();
        int n = w.length;
        this.grad = new double[n];
        this.m = new double[n];
        this.v = new double[n];
        this.ws = new Workspace(net.shape());
        this.rate = options.learningRate();
    }

    /** Evaluates the loss at the current weights and, unless SAT, takes one Adam step. Returns the stop, or null to go on. */
    public Stop step() {
        loss = net.lossAndGradient(w, data, grad, ws);
        violated = ws.lastViolated();
        if (violated == 0) {
            return Stop.SAT;
        }
        if (steps >= options.maxSteps()) {
            return Stop.BUDGET;
        }
        if (loss < bestLoss * (1 - options.plateauDrop())) {
            bestLoss = loss;
            lastImprovement = steps;
        } else if (steps - lastImprovement >= options.patience()) {
            rate *= 0.5;
            lastImprovement = steps;
            if (++halvings > options.maxHalvings()) {
                return Stop.PLATEAU;
            }
        }
        steps++;
        double c1 = 1 - Math.pow(BETA1, steps);
        double c2 = 1 - Math.pow(BETA2, steps);
        for (int k = 0; k < w.length; k++) {
            double g = grad[k];
            m[k] = BETA1 * m[k] + (1 - BETA1) * g;
            v[k] = BETA2 * v[k] + (1 - BETA2) * g * g;
            w[k] -= rate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + EPS);
        }
        return null;
    }

    /**
     * Steps until a stop; checks for cancellation after every step (one step is P x N work, up to a tenth of a
     * second at the command's limits, so a check every few hundred steps let a time budget overrun by many seconds).
     */
    public Stop run(Monitor monitor) {
        Stop stop;
        while ((stop = step()) == null) {
            monitor.checkCancelled();
        }
        return stop;
    }

    public double[] weights() {
        return w.clone();
    }

    public int steps() {
        return steps;
    }

    public double loss() {
        return loss;
    }

    public int violated() {
        return violated;
    }
}
