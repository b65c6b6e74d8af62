package org.phaselab.training.jamming;

import org.phaselab.training.Activation;

/**
 * The exact Hessian of the quadratic hinge loss, analytically, by Pearlmutter's R-operator
 * (B. A. Pearlmutter, "Fast exact multiplication by the Hessian", Neural Comput. 6, 147 (1994)):
 * each product H v is one forward pass of directional derivatives and one backward pass, exact to
 * rounding; the full matrix is N such products with v = e_k. With theta = step(Delta),
 * <pre>
 *   H = (1/P) sum_mu theta(Delta_mu) [ grad Delta_mu (x) grad Delta_mu + Delta_mu Hess Delta_mu ]
 * </pre>
 * (Geiger et al. 2019, eq. (5)). ReLU has sigma'' = 0, so only the tanh net carries the sigma'' term.
 * The kink of max(0, Delta) at Delta = 0 is taken on its flat side. Cost ~ N^2 P; meant for N up to ~1000.
 */
public final class LossHessian {
    private final FullyConnectedNet net;
    private final NetworkShape shape;

    public LossHessian(FullyConnectedNet net) {
        this.net = net;
        this.shape = net.shape();
    }

    /** H v into {@code out} (length N, overwritten). */
    public void multiply(double[] w, RandomData data, double[] v, double[] out, Workspace ws) {
        java.util.Arrays.fill(out, 0.0);
        int p = data.p();
        for (int mu = 0; mu < p; mu++) {
            double y = data.labels()[mu];
            double delta = 1 - y * net.forward(w, data, mu, ws);
            if (delta > 0) {
                accumulate(w, v, -y * delta / p, 1.0 / p, out, ws);
            }
        }
    }

    /** The full N x N Hessian, row-major, symmetrised (its asymmetry is rounding only). */
    public double[] matrix(double[] w, RandomData data) {
        int n = shape.parameterCount();
        double[] h = new double[n * n];
        double[] e = new double[n];
        double[] col = new double[n];
        Workspace ws = new Workspace(shape);
        for (int k = 0; k < n; k++) {
            e[k] = 1;
            multiply(w, data, e, col, ws);
            e[k] = 0;
            for (int i = 0; i < n; i++) {
                h[i * n + k] = col[i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double s = 0.5 * (h[i * n + k] + h[k * n + i]);
                h[i * n + k] = s;
                h[k * n + i] = s;
            }
        }
        return h;
    }

    /**
     * Adds one pattern's H v. The forward quantities of the pattern are in {@code ws};
     * lossSlope = dl/df, lossCurvature = d^2 l/df^2 for that pattern.
     */
    private void accumulate(double[] w, double[] v, double lossSlope, double lossCurvature, double[] hv, Workspace ws) {
        int layers = shape.layers();
        Activation act = shape.activation();
        // R-forward: R{z^l} = V^l a^(l-1) + W^l R{a^(l-1)},  R{a^l} = sigma'(z^l) R{z^l},  R{a^0} = 0
        java.util.Arrays.fill(ws.ra[0], 0.0);
        for (int l = 1; l <= layers; l++) {
            int in = shape.fanIn(l);
            int fanOut = shape.fanOut(l);
            int off = shape.offset(l);
            for (int i = 0; i < fanOut; i++) {
                double s = 0;
                int row = off + i * in;
                for (int j = 0; j < in; j++) {
                    s += v[row + j] * ws.a[l - 1][j] + w[row + j] * ws.ra[l - 1][j];
                }
                ws.rz[l][i] = s;
                if (l < layers) {
                    ws.ra[l][i] = act.slope(ws.z[l][i]) * s;
                }
            }
        }
        // R-backward: dz^(L+1) = l', R{dz^(L+1)} = l'' R{f}; then through the layers
        ws.dz[layers][0] = lossSlope;
        ws.rdz[layers][0] = lossCurvature * ws.rz[layers][0];
        for (int l = layers; l >= 1; l--) {
            int in = shape.fanIn(l);
            int fanOut = shape.fanOut(l);
            int off = shape.offset(l);
            for (int i = 0; i < fanOut; i++) {
                int row = off + i * in;
                double g = ws.dz[l][i];
                double rg = ws.rdz[l][i];
                for (int j = 0; j < in; j++) {
                    hv[row + j] += rg * ws.a[l - 1][j] + g * ws.ra[l - 1][j];
                }
            }
            if (l > 1) {
                for (int j = 0; j < in; j++) {
                    double da = 0;
                    double rda = 0;
                    for (int i = 0; i < fanOut; i++) {
                        int k = off + i * in + j;
                        da += w[k] * ws.dz[l][i];
                        rda += v[k] * ws.dz[l][i] + w[k] * ws.rdz[l][i];
                    }
                    double zj = ws.z[l - 1][j];
                    ws.dz[l - 1][j] = act.slope(zj) * da;
                    ws.rdz[l - 1][j] = act.curvature(zj) * ws.rz[l - 1][j] * da + act.slope(zj) * rda;
                }
            }
        }
    }
}
