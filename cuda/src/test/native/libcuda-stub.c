/*
 * A stand-in for the NVIDIA driver's libcuda.so.1 on a machine without one (like the CUDA toolkit's
 * lib64/stubs/libcuda.so): JavaCPP's nvrtc preset inherits the cudart preset, whose JNI library links
 * libcuda.so.1, so NVRTC cannot load without it. Every call reports CUDA_ERROR_STUB_LIBRARY (34); functions
 * not defined here are never called (the probe stops at cuInit). Built by test-without-gpu.sh.
 */
#define CUDA_ERROR_STUB_LIBRARY 34

int cuInit(unsigned int flags) {
    (void) flags;
    return CUDA_ERROR_STUB_LIBRARY;
}

int cuDriverGetVersion(int *version) {
    *version = 0;
    return CUDA_ERROR_STUB_LIBRARY;
}
