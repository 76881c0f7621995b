package org.vecrl.algorithms.tabular;

/** Solves small dense linear systems {@code A x = b} by Gaussian elimination with partial pivoting. */
final class LinearSolver {
    private static final double SINGULAR = 1e-12;

    private LinearSolver() {}

    /**
     * The solution of {@code a x = b}; {@code a} (n×n) and {@code b} are left unchanged.
     *
     * @throws IllegalArgumentException if the shapes disagree or the matrix is (numerically) singular
     */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        if (a.length != n) {
            throw new IllegalArgumentException("matrix has " + a.length + " rows and the right-hand side " + n
                    + " entries: expected the same number");
        }
        double[][] m = new double[n][];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException(
                        "matrix row " + i + " has " + a[i].length + " entries: expected " + n);
            }
            m[i] = a[i].clone();
            for (double v : m[i]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double[] x = b.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) <= SINGULAR * Math.max(scale, 1.0)) {
                throw new IllegalArgumentException(
                        "matrix is singular (no pivot in column " + col + "): expected an invertible system");
            }
            double[] rowTmp = m[col];
            m[col] = m[pivot];
            m[pivot] = rowTmp;
            double xTmp = x[col];
            x[col] = x[pivot];
            x[pivot] = xTmp;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                if (f != 0) {
                    double[] target = m[r];
                    double[] source = m[col];
                    for (int c = col; c < n; c++) {
                        target[c] -= f * source[c];
                    }
                    x[r] -= f * x[col];
                }
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double sum = x[r];
            for (int c = r + 1; c < n; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
