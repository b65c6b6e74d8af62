package org.phaselab.training.jamming;

/**
 * Forward and backward passes of a {@link NetworkShape} in double precision, written by hand, and
 * the quadratic hinge loss of Geiger et al. (2019), eq. (2):
 * <pre>
 *   Delta_mu = 1 - y_mu f(x_mu),   L = (1/P) sum_mu (1/2) max(0, Delta_mu)^2
 * </pre>
 * z^l = W^l a^(l-1), a^l = sigma(z^l) for the hidden layers, f = z^(L+1). Weights are passed in as
 * a flat array; gradients and Delta are written into caller-owned arrays.
 */
public final class FullyConnectedNet {
    private final NetworkShape shape;

    public FullyConnectedNet(NetworkShape shape) {
        this.shape = shape;
    }

    public NetworkShape shape() {
        return shape;
    }

    /** Output f(x_mu); leaves z^l and a^l of that pattern in {@code ws}. */
    public double forward(double[] w, RandomData data, int mu, Workspace ws) {
        int d = data.d();
        System.arraycopy(data.inputs(), mu * d, ws.a[0], 0, d);
        int layers = shape.layers();
        for (int l = 1; l <= layers; l++) {
            int in = shape.fanIn(l);
            int out = shape.fanOut(l);
            int off = shape.offset(l);
            double[] prev = ws.a[l - 1];
            double[] zl = ws.z[l];
            for (int i = 0; i < out; i++) {
                double s = 0;
                int row = off + i * in;
                for (int j = 0; j < in; j++) {
                    s += w[row + j] * prev[j];
                }
                zl[i] = s;
            }
            if (l < layers) {
                double[] al = ws.a[l];
                for (int i = 0; i < out; i++) {
                    al[i] = shape.activation().value(zl[i]);
                }
            }
        }
        return ws.z[layers][0];
    }

    /**
     * Loss and its gradient (written into {@code grad}, which is overwritten). Returns the loss;
     * N_Delta is left in the workspace ({@link Workspace#lastViolated()}).
     * dL/df_mu = -(y_mu/P) Delta_mu for violated constraints, 0 otherwise.
     */
    public double lossAndGradient(double[] w, RandomData data, double[] grad, Workspace ws) {
        java.util.Arrays.fill(grad, 0.0);
        int p = data.p();
        double loss = 0;
        int violated = 0;
        for (int mu = 0; mu < p; mu++) {
            double y = data.labels()[mu];
            double delta = 1 - y * forward(w, data, mu, ws);
            if (delta > 0) {
                violated++;
                loss += 0.5 * delta * delta;
                backward(w, -y * delta / p, grad, ws);
            }
        }
        ws.lastViolated = violated;
        return loss / p;
    }

    /** Back-propagates dLoss/df = {@code outputError} of the pattern last passed forward, adding to {@code grad}. */
    void backward(double[] w, double outputError, double[] grad, Workspace ws) {
        int layers = shape.layers();
        ws.dz[layers][0] = outputError;
        for (int l = layers; l >= 1; l--) {
            int in = shape.fanIn(l);
            int out = shape.fanOut(l);
            int off = shape.offset(l);
            double[] dzl = ws.dz[l];
            double[] prev = ws.a[l - 1];
            for (int i = 0; i < out; i++) {
                double g = dzl[i];
                if (g == 0) {
                    continue;
                }
                int row = off + i * in;
                for (int j = 0; j < in; j++) {
                    grad[row + j] += g * prev[j];
                }
            }
            if (l > 1) {
                double[] dzPrev = ws.dz[l - 1];
                double[] daPrev = ws.da[l - 1];
                double[] zPrev = ws.z[l - 1];
                for (int j = 0; j < in; j++) {
                    double s = 0;
                    for (int i = 0; i < out; i++) {
                        s += w[off + i * in + j] * dzl[i];
                    }
                    daPrev[j] = s;
                    dzPrev[j] = shape.activation().slope(zPrev[j]) * s;
                }
            }
        }
    }

    /** Delta_mu = 1 - y_mu f(x_mu) for every pattern, into {@code out} (length P). Returns N_Delta. */
    public int deltas(double[] w, RandomData data, double[] out, Workspace ws) {
        int violated = 0;
        for (int mu = 0; mu < data.p(); mu++) {
            out[mu] = 1 - data.labels()[mu] * forward(w, data, mu, ws);
            if (out[mu] > 0) {
                violated++;
            }
        }
        return violated;
    }
}
