package org.phaselab.training.data;

import java.util.SplittableRandom;
import org.phaselab.training.net.BinaryWeights;

/** Patterns with iid N(0, 1) entries; fields are plain dot products with the signs of the weights. */
public final class GaussianPatterns implements Patterns {
    private final int n;
    private final double[][] rows;

    private GaussianPatterns(double[][] rows, int n) {
        this.rows = rows;
        this.n = n;
    }

    public static GaussianPatterns random(int count, int n, SplittableRandom rng) {
        double[][] r = new double[count][n];
        for (int mu = 0; mu < count; mu++) {
            for (int i = 0; i < n; i++) {
                r[mu][i] = Gaussian.next(rng);
            }
        }
        return new GaussianPatterns(r, n);
    }

    @Override
    public int count() {
        return rows.length;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double field(int mu, BinaryWeights w) {
        double[] x = rows[mu];
        byte[] s = w.signsView();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += s[i] * x[i];
        }
        return sum;
    }

    @Override
    public double entry(int mu, int i) {
        return rows[mu][i];
    }

    @Override
    public void addScaled(int mu, double scale, double[] target) {
        double[] x = rows[mu];
        for (int i = 0; i < n; i++) {
            target[i] += scale * x[i];
        }
    }

    @Override
    public Patterns slice(int from, int length) {
        double[][] r = new double[rows.length][length];
        for (int mu = 0; mu < rows.length; mu++) {
            System.arraycopy(rows[mu], from, r[mu], 0, length);
        }
        return new GaussianPatterns(r, length);
    }

    @Override
    public boolean binary() {
        return false;
    }
}
