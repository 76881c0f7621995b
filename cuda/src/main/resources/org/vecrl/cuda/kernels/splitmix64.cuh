// splitmix64 streams on the device (included by the kernels that draw random numbers): one 64-bit state per
// stream, advanced by each draw.

__device__ unsigned long long splitmix64(unsigned long long* state) {
    unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Uniform in [0, 1) from the top 53 bits, as java.util.SplittableRandom.nextDouble.
__device__ double uniform01(unsigned long long* state) {
    return (double) (splitmix64(state) >> 11) * 1.1102230246251565e-16;
}
