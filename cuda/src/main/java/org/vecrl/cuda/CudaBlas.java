package org.vecrl.cuda;

import static org.bytedeco.cuda.global.cublas.*;

import org.bytedeco.cuda.cublas.cublasContext;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Row-major float matrix products on the device through cuBLAS (column-major): a row-major [r x c] matrix is
 * the column-major [c x r] matrix with leading dimension c, its transpose, so each product below is the
 * column-major product of the transposes in the opposite order. Full FP32 (cuBLAS's default math mode, no
 * TF32), on the default stream, in the process's context.
 */
final class CudaBlas {

    private static CudaBlas instance;

    private final cublasContext handle = new cublasContext();
    private final FloatPointer one = new FloatPointer(1f);
    private final FloatPointer zero = new FloatPointer(0f);

    private CudaBlas() {
        check(cublasCreate_v2(handle), "cublasCreate");
    }

    /** The handle of the process's context, created on the first call. */
    static synchronized CudaBlas get() {
        CudaContext.get();
        if (instance == null) {
            instance = new CudaBlas();
        }
        return instance;
    }

    /**
     * Y[rows x out] = X[rows x in] · W[in x out] (all row-major): column-major Yᵀ = Wᵀ · Xᵀ, where the row-major
     * buffers of W and X are exactly Wᵀ (leading dimension out) and Xᵀ (leading dimension in).
     */
    void forward(DeviceBuffer x, DeviceBuffer params, int weightOffset, DeviceBuffer y, int rows, int in, int out) {
        try (FloatPointer w = params.floatsAt(weightOffset);
                FloatPointer xs = x.floatsAt(0);
                FloatPointer ys = y.floatsAt(0)) {
            check(
                    cublasSgemm_v2(handle, CUBLAS_OP_N, CUBLAS_OP_N, out, rows, in, one, w, out, xs, in, zero, ys, out),
                    "cublasSgemm(forward " + rows + "x" + in + " · " + in + "x" + out + ")");
        }
    }

    /**
     * dW[in x out] += Xᵀ · dZ with X [rows x in] and dZ [rows x out] (row-major): column-major dWᵀ += dZᵀ · X,
     * where dZ's buffer is dZᵀ (leading dimension out) and X's buffer, Xᵀ, is transposed back (leading dimension in).
     */
    void weightGradient(
            DeviceBuffer x, DeviceBuffer dz, DeviceBuffer grads, int weightOffset, int rows, int in, int out) {
        try (FloatPointer dzs = dz.floatsAt(0);
                FloatPointer xs = x.floatsAt(0);
                FloatPointer dw = grads.floatsAt(weightOffset)) {
            check(
                    cublasSgemm_v2(
                            handle, CUBLAS_OP_N, CUBLAS_OP_T, out, in, rows, one, dzs, out, xs, in, one, dw, out),
                    "cublasSgemm(weight gradient " + in + "x" + rows + " · " + rows + "x" + out + ")");
        }
    }

    /**
     * dX[rows x in] = dZ · Wᵀ with dZ [rows x out] and W [in x out] (row-major): column-major dXᵀ = W · dZᵀ, where
     * W's buffer, Wᵀ (leading dimension out), is transposed back and dZ's buffer is dZᵀ (leading dimension out).
     */
    void inputGradient(
            DeviceBuffer dz, DeviceBuffer params, int weightOffset, DeviceBuffer dx, int rows, int in, int out) {
        try (FloatPointer w = params.floatsAt(weightOffset);
                FloatPointer dzs = dz.floatsAt(0);
                FloatPointer dxs = dx.floatsAt(0)) {
            check(
                    cublasSgemm_v2(
                            handle, CUBLAS_OP_T, CUBLAS_OP_N, in, rows, out, one, w, out, dzs, out, zero, dxs, in),
                    "cublasSgemm(input gradient " + rows + "x" + out + " · " + out + "x" + in + ")");
        }
    }

    private static void check(int status, String call) {
        if (status != CUBLAS_STATUS_SUCCESS) {
            throw new CudaException(call + " failed with cuBLAS status " + status + " ("
                    + cublasGetStatusString(status).getString() + ")");
        }
    }
}
