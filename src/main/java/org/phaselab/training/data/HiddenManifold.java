package org.phaselab.training.data;

import java.util.SplittableRandom;

/**
 * The hidden-manifold (random-features) data model of Goldt, Mezard, Krzakala and Zdeborova (PRX 10, 041044
 * (2020)), as used by Baldassi et al. (PRE 106, 014116 (2022)) and THEORY.md section 4: latent vectors
 * {@code c ~ N(0, I_D)}, a fixed random feature matrix {@code F} (N x D, iid N(0, 1)), inputs
 * {@code x = sign(F c / sqrt D)} in {+-1}^N, labels {@code y = sign(W_T . c / sqrt D)} from a perceptron teacher
 * {@code W_T in {+-1}^D} on the latent space ({@code |W_T|^2 = D}; only the norm enters the theory). Training
 * and test sets share F and the teacher.
 *
 * <p>The shape (N, P = round(alpha N), test size, seed) is a {@link DataSpec} with binary inputs and no
 * N-dimensional teacher: the problem's {@code teacher()} is null (there is no teacher in input space, so no
 * teacher overlap), and its labels are not random although {@code spec.storage()} says so.
 */
public final class HiddenManifold {
    private HiddenManifold() {}

    /**
     * Draws the problem: one root {@link SplittableRandom} seeded with {@code shape.seed()} is split, in a fixed
     * order, into the streams of F, the teacher, the training latents and the test latents.
     *
     * @param shape N, P, test size and seed (binary inputs, no teacher)
     * @param d     latent dimension D >= 1
     */
    public static Problem generate(DataSpec shape, int d) {
        if (d < 1) {
            throw new IllegalArgumentException("latent dimension D must be >= 1, got " + d);
        }
        if (shape.inputs() != DataSpec.InputKind.BINARY || !shape.storage()) {
            throw new IllegalArgumentException("hidden-manifold data need a shape with binary inputs and no input-space teacher");
        }
        SplittableRandom root = new SplittableRandom(shape.seed());
        SplittableRandom featureRng = root.split();
        SplittableRandom teacherRng = root.split();
        SplittableRandom trainRng = root.split();
        SplittableRandom testRng = root.split();
        int n = shape.n();
        double[][] f = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                f[i][k] = Gaussian.next(featureRng);
            }
        }
        int[] teacher = new int[d];
        for (int k = 0; k < d; k++) {
            teacher[k] = teacherRng.nextBoolean() ? 1 : -1;
        }
        DataSet train = draw(f, teacher, shape.trainSize(), trainRng);
        DataSet test = shape.testSize() > 0 ? draw(f, teacher, shape.testSize(), testRng) : null;
        return new Problem(shape, train, test, null);
    }

    /** {@code count} latent vectors pushed through the features; the 1/sqrt(D) scale does not change a sign. */
    private static DataSet draw(double[][] f, int[] teacher, int count, SplittableRandom rng) {
        int n = f.length;
        int d = teacher.length;
        int[][] rows = new int[count][n];
        byte[] labels = new byte[count];
        double[] c = new double[d];
        for (int mu = 0; mu < count; mu++) {
            double u = 0;
            for (int k = 0; k < d; k++) {
                c[k] = Gaussian.next(rng);
                u += teacher[k] * c[k];
            }
            labels[mu] = sign(u);
            for (int i = 0; i < n; i++) {
                double h = 0;
                double[] fi = f[i];
                for (int k = 0; k < d; k++) {
                    h += fi[k] * c[k];
                }
                rows[mu][i] = sign(h);
            }
        }
        return new DataSet(BinaryPatterns.of(rows), labels);
    }

    /** sign with sign(0) = +1 (probability zero for Gaussian latents). */
    private static byte sign(double v) {
        return v >= 0 ? (byte) 1 : (byte) -1;
    }
}
