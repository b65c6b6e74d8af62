package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.GaussLegendre;

/**
 * The weight averages of the y -&gt; infinity free-reference saddle (docs/large-deviation.md, LD 3.3) at
 * (sigma, qh0, dh), over the site field h = sigma + sqrt(qh0)|z| (LD 3.1a): 2 int_0^inf Dz on panels of width
 * min(1, 1.5/sqrt(qh0)) up to z = 9.
 *
 * @param gS   int Dz phi_dh(h)
 * @param m1   E[m], m = tanh x*(h)
 * @param m2   E[m^2]
 * @param zm   E[|z| m]
 * @param sus2 E[(1 - m^2)^2] (the replicon, LD 5)
 */
record WeightAverages(double gS, double m1, double m2, double zm, double sus2) {
    private static final GaussLegendre GL = GaussLegendre.TEN;
    private static final double Z_MAX = 9;

    static WeightAverages at(double sigma, double qHat0, double deltaHat) {
        double a = Math.sqrt(qHat0);
        double panel = Math.min(1, 1.5 / a);
        int panels = (int) Math.ceil(Z_MAX / panel - 1e-9);
        double[] z = new double[GL.size()];
        double[] w = new double[GL.size()];
        double[] weight = new double[3];
        double gS = 0, m1 = 0, m2 = 0, zm = 0, sus2 = 0;
        for (int k = 0; k < panels; k++) {
            GL.panel(k * Z_MAX / panels, (k + 1) * Z_MAX / panels, true, z, w, 0);
            for (int j = 0; j < z.length; j++) {
                WeightEnvelope.at(a * z[j] + sigma, deltaHat, weight);
                double wj = 2 * w[j];
                double m = weight[WeightEnvelope.M];
                gS += wj * weight[WeightEnvelope.PHI];
                m1 += wj * m;
                m2 += wj * m * m;
                zm += wj * z[j] * m;
                sus2 += wj * (1 - m * m) * (1 - m * m);
            }
        }
        return new WeightAverages(gS, m1, m2, zm, sus2);
    }
}
