package org.vecrl.cuda;

import static org.bytedeco.cuda.global.cudart.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.SizeTPointer;

/** The real {@link CudaDriver}: JavaCPP's CUDA presets over libcuda (driver API) and libcudart. */
final class JavaCppCudaDriver implements CudaDriver {

    /** The JNI library of the cudart preset, which links libcudart.so.13 and libcuda.so.1. */
    private static final String JNI_LIBRARY = "jnicudart";

    @Override
    public String platform() {
        return Loader.getPlatform();
    }

    @Override
    public boolean nativesOnClassPath() {
        String resource = "org/bytedeco/cuda/" + platform() + "/" + System.mapLibraryName(JNI_LIBRARY);
        return JavaCppCudaDriver.class.getClassLoader().getResource(resource) != null;
    }

    @Override
    public void load() {
        Loader.load(org.bytedeco.cuda.global.cudart.class);
    }

    @Override
    public int init() {
        return cuInit(0);
    }

    @Override
    public int driverVersion() {
        int[] v = new int[1];
        return cuDriverGetVersion(v) == CUDA_SUCCESS ? v[0] : 0;
    }

    @Override
    public int runtimeVersion() {
        int[] v = new int[1];
        return cudaRuntimeGetVersion(v) == 0 ? v[0] : 0;
    }

    @Override
    public int deviceCount() {
        int[] n = new int[1];
        CudaError.check(cuDeviceGetCount(n), "cuDeviceGetCount");
        return n[0];
    }

    @Override
    public CudaDevice device(int index) {
        int[] device = new int[1];
        CudaError.check(cuDeviceGet(device, index), "cuDeviceGet(" + index + ")");
        String name;
        try (BytePointer buffer = new BytePointer(256)) {
            CudaError.check(cuDeviceGetName(buffer, 256, device[0]), "cuDeviceGetName");
            name = buffer.getString();
        }
        int[] major = new int[1];
        int[] minor = new int[1];
        CudaError.check(
                cuDeviceGetAttribute(major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device[0]),
                "cuDeviceGetAttribute(COMPUTE_CAPABILITY_MAJOR)");
        CudaError.check(
                cuDeviceGetAttribute(minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device[0]),
                "cuDeviceGetAttribute(COMPUTE_CAPABILITY_MINOR)");
        long memory;
        try (SizeTPointer bytes = new SizeTPointer(1)) {
            CudaError.check(cuDeviceTotalMem(bytes, device[0]), "cuDeviceTotalMem");
            memory = bytes.get();
        }
        return new CudaDevice(index, name, major[0], minor[0], memory);
    }
}
