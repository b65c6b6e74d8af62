package org.phaselab.training.deep;

/**
 * Loss and gradient of a {@link DeepNet} on a full batch, by hand-written backpropagation:
 * loss = (1/n) sum (f - y)^2 + gamma sum ||W||^2. Owns its work arrays (one per net shape and sample
 * count); not thread-safe.
 */
final class Backprop {
    private final double[][] post;  // activations h_l, n x size(l), h_0 = x
    private final double[][] delta; // dLoss/dz_l
    private double dataLoss;

    Backprop(DeepNet net, int samples) {
        int layers = net.depth() + 2;
        post = new double[layers][];
        delta = new double[layers][];
        for (int l = 1; l < layers; l++) {
            post[l] = new double[samples * net.size(l)];
            delta[l] = new double[samples * net.size(l)];
        }
    }

    /** Mean squared error of the last {@link #evaluate} call. */
    double dataLoss() {
        return dataLoss;
    }

    /** Returns the full loss and writes its gradient into {@code gradient} (caller-owned, shaped like the weights). */
    double evaluate(DeepNet net, RegressionData data, double gamma, double[][] gradient) {
        int n = data.samples();
        int out = net.depth() + 1;
        post[0] = data.x();
        for (int l = 1; l <= out; l++) {
            int in = net.size(l - 1);
            int size = net.size(l);
            double[] w = net.layer(l - 1);
            for (int mu = 0; mu < n; mu++) {
                for (int j = 0; j < size; j++) {
                    double z = 0;
                    for (int i = 0; i < in; i++) {
                        z += w[j * in + i] * post[l - 1][mu * in + i];
                    }
                    post[l][mu * size + j] = l == out ? z : net.activation().value(z);
                }
            }
        }
        dataLoss = 0;
        for (int mu = 0; mu < n; mu++) {
            double r = post[out][mu] - data.y()[mu];
            dataLoss += r * r / n;
            delta[out][mu] = 2 * r / n;
        }
        for (int l = out; l >= 1; l--) {
            int in = net.size(l - 1);
            int size = net.size(l);
            double[] w = net.layer(l - 1);
            double[] g = gradient[l - 1];
            for (int k = 0; k < w.length; k++) {
                g[k] = 2 * gamma * w[k];
            }
            for (int mu = 0; mu < n; mu++) {
                for (int j = 0; j < size; j++) {
                    double dj = delta[l][mu * size + j];
                    if (dj != 0) {
                        for (int i = 0; i < in; i++) {
                            g[j * in + i] += dj * post[l - 1][mu * in + i];
                        }
                    }
                }
            }
            if (l > 1) {
                for (int mu = 0; mu < n; mu++) {
                    for (int i = 0; i < in; i++) {
                        double s = 0;
                        for (int j = 0; j < size; j++) {
                            s += delta[l][mu * size + j] * w[j * in + i];
                        }
                        delta[l - 1][mu * in + i] = s * net.activation().slopeFromOutput(post[l - 1][mu * in + i]);
                    }
                }
            }
        }
        return dataLoss + gamma * net.squaredNorm();
    }
}
