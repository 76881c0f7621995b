// Compiles grid-stride CUDA kernels as host C++ for KernelsOnCpuTest: one "thread" (index 0 of a grid of one
// block of one thread), so each kernel's loop visits every element in order. Kernels that use shared memory or
// __syncthreads are not emulated.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#define __device__
#define __global__
#define __forceinline__
struct Dim3 {
    int x;
    int y;
};
static const Dim3 threadIdx = {0, 0};
static const Dim3 blockIdx = {0, 0};
static const Dim3 blockDim = {1, 1};
static const Dim3 gridDim = {1, 1};
