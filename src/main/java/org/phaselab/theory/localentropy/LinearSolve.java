package org.phaselab.theory.localentropy;

/** Gaussian elimination with partial pivoting for the 3x3 Newton systems; null when singular. */
final class LinearSolve {
    private LinearSolve() {}

    static double[] solve3(double[][] a, double[] b) {
        int n = 3;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            if (!(Math.abs(m[piv][c]) > 1e-300)) {
                return null;
            }
            double[] tmp = m[c];
            m[c] = m[piv];
            m[piv] = tmp;
            for (int r = c + 1; r < n; r++) {
                double factor = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= factor * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
