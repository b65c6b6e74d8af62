package org.phaselab.training.deep;

/**
 * Full-batch gradient descent with weight decay on one net and one data set: W &lt;- W - eta grad loss.
 * {@link #step()} takes one step; {@link #run(double)} runs to convergence at a gamma, continuing from
 * the current weights (so a sweep over gamma carries its state over, which is what shows hysteresis).
 */
public final class GradientDescent {
    /** Largest relative growth of the norm per step still counted as converged. */
    static final double SADDLE_GROWTH = 1e-6;
    private final DeepNet net;
    private final RegressionData data;
    private final DescentSettings settings;
    private final Backprop backprop;
    private final double[][] gradient;
    private double gamma;
    private double loss = Double.NaN;
    private double gradientNorm = Double.NaN;

    public GradientDescent(DeepNet net, RegressionData data, DescentSettings settings) {
        if (net.size(0) != data.dimension()) {
            throw new IllegalArgumentException("net input " + net.size(0) + " != data dimension " + data.dimension());
        }
        this.net = net;
        this.data = data;
        this.settings = settings;
        this.backprop = new Backprop(net, data.samples());
        this.gradient = new double[net.depth() + 1][];
        for (int l = 0; l <= net.depth(); l++) {
            gradient[l] = new double[net.size(l) * net.size(l + 1)];
        }
    }

    public DeepNet net() {
        return net;
    }

    /** One GD step at the current gamma; returns the loss before the step. */
    public double step() {
        loss = backprop.evaluate(net, data, gamma, gradient);
        double g2 = 0;
        for (int l = 0; l < gradient.length; l++) {
            double[] w = net.layer(l);
            double[] g = gradient[l];
            for (int k = 0; k < w.length; k++) {
                g2 += g[k] * g[k];
                w[k] -= settings.learningRate() * g[k];
            }
        }
        gradientNorm = Math.sqrt(g2);
        return loss;
    }

    /**
     * Runs GD at {@code gamma} until it converges, the budget is spent, or the loss is not finite.
     * Converged means |grad| &lt; tolerance while the norm does not grow by more than {@link #SADDLE_GROWTH}
     * per step: near an unstable origin (D = 1, gamma &lt; c) the gradient of tiny weights is tiny too, but the
     * norm grows geometrically (rate 2 eta (c - gamma)), so that is a saddle to leave, not a minimum.
     */
    public TrainingPoint run(double gamma) {
        this.gamma = gamma;
        int steps = 0;
        boolean converged = false;
        double norm = net.rmsLayerNorm();
        while (steps < settings.maxSteps()) {
            step();
            steps++;
            if (!Double.isFinite(loss) || !Double.isFinite(gradientNorm)) {
                break;
            }
            double previous = norm;
            norm = net.rmsLayerNorm();
            boolean growing = previous > 0 && (norm - previous) / previous > SADDLE_GROWTH;
            if (gradientNorm < settings.gradientTolerance() && !growing) {
                converged = true;
                break;
            }
        }
        double finalLoss = backprop.evaluate(net, data, gamma, gradient);
        return new TrainingPoint(gamma, net.rmsLayerNorm(), finalLoss, backprop.dataLoss(), steps, gradientNorm,
                converged && Double.isFinite(finalLoss));
    }
}
