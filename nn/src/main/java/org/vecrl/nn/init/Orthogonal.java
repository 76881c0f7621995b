package org.vecrl.nn.init;

import java.util.random.RandomGenerator;

/**
 * Orthogonal initialisation as PyTorch's {@code nn.init.orthogonal_}: the Q factor (with a positive
 * diagonal R) of a Gaussian matrix, so the result is Haar-distributed, times a gain.
 */
public final class Orthogonal {

    private Orthogonal() {}

    /**
     * Writes a [rows][cols] row-major matrix into {@code dst} at {@code offset}: orthonormal columns
     * (W^T W = gain² I) when rows ≥ cols, orthonormal rows (W W^T = gain² I) otherwise.
     */
    public static void fill(float[] dst, int offset, int rows, int cols, double gain, RandomGenerator rng) {
        int m = Math.max(rows, cols);
        int n = Math.min(rows, cols);
        double[][] q = new double[n][m]; // column vectors of an m x n matrix
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                q[c][r] = rng.nextGaussian();
            }
        }
        orthonormalizeColumns(q);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = rows >= cols ? q[j][i] : q[i][j];
                dst[offset + i * cols + j] = (float) (gain * v);
            }
        }
    }

    /** Modified Gram-Schmidt, applied twice for accuracy; R's diagonal comes out positive. */
    private static void orthonormalizeColumns(double[][] q) {
        for (int c = 0; c < q.length; c++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < c; k++) {
                    double dot = dot(q[k], q[c]);
                    for (int r = 0; r < q[c].length; r++) {
                        q[c][r] -= dot * q[k][r];
                    }
                }
            }
            double norm = Math.sqrt(dot(q[c], q[c]));
            if (norm == 0) {
                throw new IllegalStateException("degenerate Gaussian matrix in orthogonal init (column " + c + ")");
            }
            for (int r = 0; r < q[c].length; r++) {
                q[c][r] /= norm;
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
