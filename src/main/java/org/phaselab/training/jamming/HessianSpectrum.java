package org.phaselab.training.jamming;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues of a symmetric matrix (the loss Hessian) and how many are negative, zero and positive.
 * "Zero" means |lambda| &lt;= zeroTolerance = relativeZero * max|lambda|: the Hessian at the end of a
 * finite training run is only near a minimum, so an exact zero test would be meaningless.
 *
 * @param eigenvalues   ascending
 * @param zeroTolerance the absolute threshold used for the counts
 */
public record HessianSpectrum(double[] eigenvalues, int negative, int zero, int positive, double zeroTolerance) {
    /** Default relative threshold for "zero" eigenvalues. */
    public static final double RELATIVE_ZERO = 1e-8;

    public HessianSpectrum {
        eigenvalues = eigenvalues.clone();
    }

    /** A copy: the record keeps its own array. */
    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Symmetric eigendecomposition (EJML, symmetric QR) of a row-major n x n matrix. */
    public static HessianSpectrum of(double[] symmetric, int n, double relativeZero) {
        DMatrixRMaj m = DMatrixRMaj.wrap(n, n, symmetric.clone());
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(m)) {
            throw new IllegalStateException("EJML symmetric eigendecomposition did not converge (n = " + n + ")");
        }
        double[] lambda = new double[n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            lambda[i] = eig.getEigenvalue(i).getReal();
            if (!Double.isFinite(lambda[i])) {
                throw new IllegalStateException("non-finite Hessian eigenvalue");
            }
            largest = Math.max(largest, Math.abs(lambda[i]));
        }
        Arrays.sort(lambda);
        double tol = relativeZero * largest;
        int neg = 0;
        int zero = 0;
        for (double l : lambda) {
            if (l < -tol) {
                neg++;
            } else if (l <= tol) {
                zero++;
            }
        }
        return new HessianSpectrum(lambda, neg, zero, n - neg - zero, tol);
    }
}
