// The bias gradient of a dense layer: db[c] += sum over rows of dz[r, c] (row-major [rows x cols]).
// Launch: block (32, 8), grid ceil(cols / 32). Each of the 8 row groups sums every 8th row of 32 columns, then
// one thread per column adds the 8 partial sums in order: a fixed order, so results repeat bit for bit.

#define COLS_PER_BLOCK 32
#define ROW_GROUPS 8

extern "C" __global__ void bias_grad(const float* dz, float* db, int rows, int cols) {
    __shared__ float partial[ROW_GROUPS][COLS_PER_BLOCK];
    int c = blockIdx.x * COLS_PER_BLOCK + threadIdx.x;
    float sum = 0.0f;
    if (c < cols) {
        for (int r = threadIdx.y; r < rows; r += ROW_GROUPS) {
            sum += dz[(long long) r * cols + c];
        }
    }
    partial[threadIdx.y][threadIdx.x] = sum;
    __syncthreads();
    if (threadIdx.y == 0 && c < cols) {
        float total = 0.0f;
        for (int g = 0; g < ROW_GROUPS; g++) {
            total += partial[g][threadIdx.x];
        }
        db[c] += total;
    }
}
