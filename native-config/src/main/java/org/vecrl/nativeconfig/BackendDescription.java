package org.vecrl.nativeconfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Backend#describe()} reports about the running ND4J backend: enough to tell, from a
 * bug report or a benchmark log, which native code and which resources produced a number.
 *
 * @param backend        "CPU" or "CUDA"
 * @param profile        the Maven profile the native-config jar was built with (cpu, cuda, cuda-cudnn)
 * @param backendClass   the ND4J backend class that loaded
 * @param nd4jVersion    the ND4J release
 * @param blasVendor     the BLAS library in use (OpenBLAS, MKL, cuBLAS)
 * @param ompThreads     OpenMP threads of the native ops
 * @param blasThreads    threads of the BLAS library
 * @param cpuCores       logical cores the JVM sees
 * @param cpuFeatures    the instruction-set level the native binary was built for and the best the CPU supports
 * @param cudaDevices    one entry per CUDA device (empty on the CPU backend)
 * @param heapMaxBytes   the JVM's maximum heap
 * @param offHeapMaxBytes JavaCPP's limit on off-heap memory ({@code org.bytedeco.javacpp.maxbytes})
 * @param physicalMaxBytes JavaCPP's limit on process memory ({@code org.bytedeco.javacpp.maxphysicalbytes})
 * @param dataType       ND4J's default floating-point type
 */
public record BackendDescription(
        String backend,
        String profile,
        String backendClass,
        String nd4jVersion,
        String blasVendor,
        int ompThreads,
        long blasThreads,
        int cpuCores,
        String cpuFeatures,
        List<CudaDevice> cudaDevices,
        long heapMaxBytes,
        long offHeapMaxBytes,
        long physicalMaxBytes,
        String dataType) {

    /** One CUDA device: its name and memory in bytes. */
    public record CudaDevice(int index, String name, long totalMemoryBytes, long freeMemoryBytes) {}

    /** The description as an ordered map, for JSON output. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("backend", backend);
        m.put("profile", profile);
        m.put("backendClass", backendClass);
        m.put("nd4jVersion", nd4jVersion);
        m.put("blasVendor", blasVendor);
        m.put("ompThreads", ompThreads);
        m.put("blasThreads", blasThreads);
        m.put("cpuCores", cpuCores);
        m.put("cpuFeatures", cpuFeatures);
        m.put(
                "cudaDevices",
                cudaDevices.stream()
                        .map(d -> {
                            Map<String, Object> dm = new LinkedHashMap<>();
                            dm.put("index", d.index());
                            dm.put("name", d.name());
                            dm.put("totalMemoryBytes", d.totalMemoryBytes());
                            dm.put("freeMemoryBytes", d.freeMemoryBytes());
                            return dm;
                        })
                        .toList());
        m.put("heapMaxBytes", heapMaxBytes);
        m.put("offHeapMaxBytes", offHeapMaxBytes);
        m.put("physicalMaxBytes", physicalMaxBytes);
        m.put("dataType", dataType);
        return m;
    }

    /** A human-readable multi-line summary. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        toMap().forEach((k, v) -> sb.append(String.format("%-17s %s%n", k + ":", v)));
        return sb.toString();
    }
}
