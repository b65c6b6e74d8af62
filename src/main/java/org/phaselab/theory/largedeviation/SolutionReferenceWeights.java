package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedPanels;

/**
 * The weight term of the large-deviation measure with the reference a solution, at finite y (docs/large-deviation.md,
 * LD 12.2), and the overlaps it returns (LD 12.4):
 * <pre>
 *   G_S = E_{xi2} E_{xi1|xi2} ln [ e^{xi1} A+(xi2) + e^{-xi1} A-(xi2) ],   A+-(xi2) = E_zeta [2cosh h+-]^y,
 *   h+- = +-(sigma - ph) + xi2 + sqrt(qh1 - qh0) zeta,   xi2 ~ N(0, qh0),   xi1 | xi2 ~ N((ph/qh0) xi2, q~h - ph^2/qh0)
 *   S = E &lt;W~ tanh h&gt;,  q1 = E &lt;tanh^2 h&gt;,  q0 = E &lt;tanh h&gt;^2,  p = E &lt;W~&gt;&lt;tanh h&gt;,  q~ = E &lt;W~&gt;^2
 * </pre>
 * &lt;.&gt; the average over W~ = +-1 and zeta with the weight e^{xi1 W~} D zeta [2cosh h]^y, normalised at each xi.
 * The zeta averages depend on xi2 alone, so they are done once per xi2 node: on Gauss-Legendre panels over
 * |zeta| &lt;= {@value #ZETA_RANGE} + y sqrt(qh1 - qh0) (the weight's peaks sit within y sqrt(qh1-qh0) of 0), graded around
 * h = 0 on the scale 1/sqrt(qh1 - qh0). xi2 and xi1|xi2 on Gauss-Legendre panels graded around where the reference's
 * sign changes.
 */
final class SolutionReferenceWeights {
    /** Overlaps and averages from one set of conjugates; {@code valid} false when they are not a covariance. */
    record Result(double gS, double lnCoshMean, double s, double q1, double q0, double p, double qt, boolean valid) {
        static final Result INVALID = new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, false);
    }

    /** Gaussian range of zeta beyond the weight's shift: exp(-13^2/2) ~ 1e-37. */
    static final double ZETA_RANGE = 13;
    /** Spreads below this are none (a single node). */
    private static final double NO_SPREAD = 1e-12;

    private final GaussLegendre gl;
    /** Widest zeta panel. */
    private final double maxZetaPanel;
    /** Widest xi2, xi1 panel (in their standard units). */
    private final double outerPanel;

    SolutionReferenceWeights(GaussLegendre gl, double maxZetaPanel, double outerPanel) {
        this.gl = gl;
        this.maxZetaPanel = maxZetaPanel;
        this.outerPanel = outerPanel;
    }

    Result evaluate(double y, double sigma, double qHat1, double qHat0, double pHat, double qtHat) {
        double tau2 = qtHat - (qHat0 > 0 ? pHat * pHat / qHat0 : 0);
        if (!(qHat0 > 0 && qHat1 >= qHat0 && tau2 > -1e-13 && Double.isFinite(sigma))) {
            return Result.INVALID;
        }
        double a = Math.sqrt(qHat0);
        double b = Math.sqrt(qHat1 - qHat0);
        double tau = Math.sqrt(Math.max(0, tau2));
        double c0 = sigma - pHat;
        Zeta plus = new Zeta(), minus = new Zeta();
        PanelRule tRule = PanelRule.gaussian(0, Math.min(1, Math.max(1, b) / a), outerPanel, gl);
        double gS = 0, lnCosh = 0, s = 0, q1 = 0, q0 = 0, p = 0, qt = 0;
        for (int i = 0; i < tRule.size(); i++) {
            double xi2 = a * tRule.nodes()[i];
            plus.average(c0 + xi2, b, y, gl, maxZetaPanel);
            minus.average(-c0 + xi2, b, y, gl, maxZetaPanel);
            double mu = pHat / qHat0 * xi2;
            // the reference's sign turns where 2 xi1 = ln A- - ln A+
            double turn = 0.5 * (minus.lnA - plus.lnA);
            PanelRule uRule = tau > NO_SPREAD ? PanelRule.gaussian((turn - mu) / tau, Math.min(1, 0.5 / tau), outerPanel, gl)
                    : null;
            int n = uRule == null ? 1 : uRule.size();
            for (int j = 0; j < n; j++) {
                double w = tRule.weights()[i] * (uRule == null ? 1 : uRule.weights()[j]);
                double xi1 = mu + (uRule == null ? 0 : tau * uRule.nodes()[j]);
                double x = 2 * xi1 + plus.lnA - minus.lnA;     // ln of P(W~ = +1)/P(W~ = -1)
                double pi = 1 / (1 + Math.exp(-x));
                // ln Z_site = xi1 + lnA+ + ln(1 + e^{-x})
                gS += w * (xi1 + plus.lnA + (x > 0 ? Math.log1p(Math.exp(-x)) : -x + Math.log1p(Math.exp(x))));
                lnCosh += w * (pi * plus.lnCosh + (1 - pi) * minus.lnCosh);
                double m = pi * plus.tanh + (1 - pi) * minus.tanh;
                double ref = 2 * pi - 1;
                s += w * (pi * plus.tanh - (1 - pi) * minus.tanh);
                q1 += w * (pi * plus.tanh2 + (1 - pi) * minus.tanh2);
                q0 += w * m * m;
                p += w * ref * m;
                qt += w * ref * ref;
            }
        }
        return new Result(gS, lnCosh, s, q1, q0, p, qt, true);
    }

    /** E_zeta over the weight D zeta [2cosh(c + b zeta)]^y: ln A and the normalised means (LD 12.2). */
    private static final class Zeta {
        double lnA, lnCosh, tanh, tanh2;
        private double[] nodes = new double[64], weights = new double[64];

        void average(double c, double b, double y, GaussLegendre gl, double maxPanel) {
            if (b < NO_SPREAD) {
                lnCosh = lnTwoCosh(c);
                lnA = y * lnCosh;
                tanh = Math.tanh(c);
                tanh2 = tanh * tanh;
                return;
            }
            double half = ZETA_RANGE + y * b;
            double[] breaks = GradedPanels.breaks(-half, half, -c / b, Math.min(maxPanel, 0.5 / b), maxPanel);
            int size = (breaks.length - 1) * gl.size();
            if (nodes.length < size) {
                nodes = new double[size];
                weights = new double[size];
            }
            int off = 0;
            for (int k = 0; k + 1 < breaks.length; k++) {
                off = gl.panel(breaks[k], breaks[k + 1], false, nodes, weights, off);
            }
            // peak of the log-weight on the nodes, then the sums relative to it
            double peak = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                peak = Math.max(peak, logWeight(c + b * nodes[k], nodes[k], y));
            }
            double z = 0, sL = 0, sT = 0, sT2 = 0;
            for (int k = 0; k < size; k++) {
                double h = c + b * nodes[k];
                double wt = weights[k] * Math.exp(logWeight(h, nodes[k], y) - peak);
                double t = Math.tanh(h);
                z += wt;
                sL += wt * lnTwoCosh(h);
                sT += wt * t;
                sT2 += wt * t * t;
            }
            lnA = peak + Math.log(z) - 0.5 * Math.log(2 * Math.PI);
            lnCosh = sL / z;
            tanh = sT / z;
            tanh2 = sT2 / z;
        }

        private static double logWeight(double h, double zeta, double y) {
            return -0.5 * zeta * zeta + y * lnTwoCosh(h);
        }
    }

    /** ln 2cosh h, without overflow. */
    static double lnTwoCosh(double h) {
        double ah = Math.abs(h);
        return ah + Math.log1p(Math.exp(-2 * ah));
    }
}
