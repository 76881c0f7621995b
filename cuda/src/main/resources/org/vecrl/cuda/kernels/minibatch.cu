// The device-resident PPO's minibatches: each epoch visits the batch's n samples in a random order, position p
// of the epoch holding sample permuted(p), a bijection of [0, n) drawn by the host's 64-bit key: a 4-round
// Feistel network over [0, 2^(2 * halfBits)) (2^(2 * halfBits) >= n, < 4n) with cycle walking (apply again
// while the result is >= n; under 4 rounds expected). gather_minibatch copies positions [start, start + m) of
// the epoch into the minibatch arrays, one thread per row.

__device__ unsigned long long mix64(unsigned long long z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

__device__ long long feistel(long long x, int halfBits, unsigned long long key) {
    unsigned long long mask = (1ULL << halfBits) - 1;
    unsigned long long left = (unsigned long long) x >> halfBits;
    unsigned long long right = (unsigned long long) x & mask;
    for (int round = 0; round < 4; round++) {
        unsigned long long f = mix64(right ^ (key + 0x9E3779B97F4A7C15ULL * (round + 1))) & mask;
        unsigned long long next = left ^ f;
        left = right;
        right = next;
    }
    return (long long) ((left << halfBits) | right);
}

__device__ long long permuted(long long position, long long n, int halfBits, unsigned long long key) {
    long long x = feistel(position, halfBits, key);
    while (x >= n) {
        x = feistel(x, halfBits, key);
    }
    return x;
}

extern "C" __global__ void permutation(long long* out, long long n, int halfBits, unsigned long long key) {
    for (long long p = blockIdx.x * (long long) blockDim.x + threadIdx.x; p < n; p += (long long) gridDim.x * blockDim.x) {
        out[p] = permuted(p, n, halfBits, key);
    }
}

extern "C" __global__ void gather_minibatch(const float* obs, const int* actions, const float* logProbs,
        const float* advantages, const float* returns, const float* values, int obsDim, long long n, int halfBits,
        unsigned long long key, long long start, int m, float* mbObs, int* mbActions, float* mbLogProbs,
        float* mbAdvantages, float* mbReturns, float* mbValues) {
    for (int j = blockIdx.x * blockDim.x + threadIdx.x; j < m; j += gridDim.x * blockDim.x) {
        long long k = permuted(start + j, n, halfBits, key);
        for (int d = 0; d < obsDim; d++) {
            mbObs[(long long) j * obsDim + d] = obs[k * obsDim + d];
        }
        mbActions[j] = actions[k];
        mbLogProbs[j] = logProbs[k];
        mbAdvantages[j] = advantages[k];
        mbReturns[j] = returns[k];
        mbValues[j] = values[k];
    }
}
